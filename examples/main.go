package main

import (
	"encoding/json"
	"net/http"
	"time"
)

type item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

var items = map[string]item{"1": {ID: "1", Name: "lamp"}}

func getItem(w http.ResponseWriter, r *http.Request) {
	it, ok := items[r.PathValue("id")]
	if !ok {
		http.Error(w, `{"error":"not_found"}`, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(it)
}

func deleteItem(w http.ResponseWriter, r *http.Request) {
	delete(items, r.PathValue("id"))
	w.WriteHeader(204)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("DELETE /items/{id}", deleteItem)
	srv := &http.Server{Addr: "127.0.0.1:8080", Handler: mux, ReadTimeout: 5 * time.Second}
	srv.ListenAndServe()
}

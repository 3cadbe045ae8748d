"""Flask service for articles."""
from http import HTTPStatus

from flask import Flask, abort, jsonify, redirect, request

app = Flask(__name__)
ARTICLES = {1: {"id": 1, "title": "Hello"}}
TIMEOUT_SECONDS = 504


@app.get("/articles/<int:article_id>")
def get_article(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        abort(404)
    return jsonify(article)


@app.post("/articles")
def create_article():
    data = request.get_json(silent=True)
    if not data or "title" not in data:
        return jsonify(error="title is required"), 422
    article_id = max(ARTICLES) + 1
    ARTICLES[article_id] = {"id": article_id, "title": data["title"]}
    return jsonify(ARTICLES[article_id]), HTTPStatus.CREATED


@app.post("/articles/<int:article_id>/publish")
def publish(article_id):
    return redirect(f"/articles/{article_id}", code=302)

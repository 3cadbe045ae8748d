;;; eglot.el --- Emacs' eglot against `http-status-guide lsp --stdio'  -*- lexical-binding: t -*-
;; Opens a file, lets eglot connect, asks for a hover, waits for the diagnostics to reach
;; flymake, and writes what it saw as JSON to $RESULT for the mocha suite to assert on.
;; Debian's elpa-eglot installs eglot (and the project, xref, seq it needs) as ELPA packages,
;; which -Q does not activate: put them on the load path first.
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (push dir load-path))
(require 'eglot)
(require 'json)
(let* ((cli (getenv "CLI"))
       (file (getenv "FILE"))
       (result-path (getenv "RESULT"))
       (out nil))
  (condition-case err
      (progn
        (add-to-list 'eglot-server-programs `(js-mode . ("node" ,cli "lsp" "--stdio")))
        (find-file file)
        (js-mode)
        (let ((server (eglot--connect '(js-mode) (or (project-current) (cons 'transient default-directory)) 'eglot-lsp-server
                                      `("node" ,cli "lsp" "--stdio") "javascript")))
          (push (cons 'connected (if server t :json-false)) out)
          (goto-char (point-min))
          (search-forward "404")
          (backward-char 1)
          (let ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
            (push (cons 'hover (plist-get (plist-get hover :contents) :value)) out))
          ;; Diagnostics arrive as notifications and go to flymake.
          (flymake-mode 1)
          (flymake-start)
          (let ((deadline (+ (float-time) 15)))
            (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
              (accept-process-output nil 0.1)
              (flymake-start)))
          (push (cons 'diagnostics (vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))) out)
          (jsonrpc-shutdown server)))
    (error (push (cons 'error (format "%S" err)) out)))
  (with-temp-file result-path (insert (json-encode out))))
(kill-emacs 0)

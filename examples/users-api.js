// Express API for a small user directory.
const express = require('express');
const { StatusCodes } = require('http-status-codes');

const app = express();
app.use(express.json());

const users = new Map([['1', { id: '1', name: 'Ada' }]]);
const MAX_PAGE_SIZE = 200;

app.get('/users', (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 20, MAX_PAGE_SIZE);
  res.json([...users.values()].slice(0, limit));
});

app.get('/users/:id', (req, res) => {
  const user = users.get(req.params.id);
  if (!user) {
    return res.status(404).json({ error: 'not_found' });
  }
  res.json(user);
});

app.post('/users', (req, res) => {
  if (typeof req.body?.name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  const id = String(users.size + 1);
  users.set(id, { id, name: req.body.name });
  res.status(201).location(`/users/${id}`).json(users.get(id));
});

app.delete('/users/:id', (req, res) => {
  if (!req.headers.authorization) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  users.delete(req.params.id);
  res.sendStatus(204);
});

app.get('/old-users', (req, res) => res.redirect(301, '/users'));

app.use((err, req, res, next) => {
  res.status(StatusCodes.INTERNAL_SERVER_ERROR).json({ error: 'internal' });
});

app.listen(3000);

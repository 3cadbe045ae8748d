-- Neovim's built-in LSP client (0.7+) against `http-status-guide lsp --stdio`: opens a file,
-- attaches the server, asks for hover and code actions, applies one and reads the buffer back.
-- Writes what it saw as JSON to $RESULT; the mocha suite asserts on it.
local cli, file, result_path = os.getenv('CLI'), os.getenv('FILE'), os.getenv('RESULT')
local out = { steps = {} }
local function finish()
  local f = io.open(result_path, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local client_id = vim.lsp.start_client({
    name = 'http-status-guide',
    cmd = { 'node', cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  vim.lsp.buf_attach_client(0, client_id)
  out.attached = vim.wait(10000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 50)
  -- Diagnostics are pushed after the document opens (debounced).
  out.diagnostics = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  out.diagnostic_messages = vim.tbl_map(function(d) return d.message end, vim.diagnostic.get(0))
  -- Hover on the 404 of `res.status(404)` (line 2, 0-based column 13).
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  local line = 2
  local col = lines[line]:find('404', 1, true) - 1
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line - 1, character = col + 1 } }
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000)
  for _, response in pairs(hover or {}) do
    if response.result then out.hover = response.result.contents.value end
  end
  local range = { start = { line = line - 1, character = col + 1 }, ['end'] = { line = line - 1, character = col + 1 } }
  local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', { textDocument = params.textDocument, range = range, context = { diagnostics = {} } }, 10000)
  out.actions = {}
  local chosen
  for _, response in pairs(actions or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(out.actions, action.title)
      if not chosen and action.title:find('410', 1, true) then chosen = action end
    end
  end
  if chosen then
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    out.applied = chosen.title
  end
  out.line_after = vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1]
end)
if not ok then out.error = tostring(err) end
finish()

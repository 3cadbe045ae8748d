import * as assert from 'node:assert/strict';
import { findAt, languageIdForFile, scan } from '../../src/core/detection';
import { positionsIn } from '../../src/core/detection/positions';

/** One example: the line, the exact status token in it, the code and the kind it stands for. */
type Positive = readonly [language: string, line: string, token: string, code: number, kind: string];

const POSITIVES: readonly Positive[] = [
  // JavaScript / TypeScript
  ['javascript', "return res.status(404).json({ error: 'not_found' });", '404', 404, 'literal'],
  ['javascript', 'res.sendStatus(204);', '204', 204, 'literal'],
  ['javascript', "res.writeHead(301, { Location: '/new' });", '301', 301, 'literal'],
  ['javascript', 'res.statusCode = 500;', '500', 500, 'literal'],
  ['javascript', "res.redirect(301, '/new');", '301', 301, 'literal'],
  ['javascript', 'ctx.status = 201;', '201', 201, 'literal'],
  ["javascript", "ctx.throw(404, 'User not found');", '404', 404, 'literal'],
  ['javascript', "ctx.assert(ctx.state.user, 401, 'Please login');", '401', 401, 'literal'],
  ['javascript', 'reply.code(201).send(item);', '201', 201, 'literal'],
  ['typescript', '@HttpCode(204)', '204', 204, 'literal'],
  ['typescript', "throw new HttpException('Forbidden', 403);", '403', 403, 'literal'],
  ['typescript', 'return NextResponse.json(data, { status: 201 });', '201', 201, 'literal'],
  ['typescript', 'return NextResponse.redirect(url, 308);', '308', 308, 'literal'],
  ['typescript', 'return new Response(null, { status: 204 });', '204', 204, 'literal'],
  ['typescript', 'return c.json({ error: toError(e) }, 422);', '422', 422, 'literal'],
  ['javascript', 'next(createError(404));', '404', 404, 'literal'],
  ['javascript', "await request(app).get('/x').expect(404);", '404', 404, 'literal'],
  ['javascript', 'expect(res.status).toBe(404);', '404', 404, 'literal'],
  ['javascript', 'if (res.status === 404) return null;', '404', 404, 'literal'],
  ['javascript', 'if (e.response?.status >= 500) retry();', '500', 500, 'literal'],
  ['javascript', 'ctx.status = err.status || 500;', '500', 500, 'literal'],
  ['javascript', 'res.status(found ? 200 : 404).end();', '404', 404, 'literal'],
  ['javascript', 'const NOT_FOUND = 404;', '404', 404, 'literal'],
  ['javascript', 'send(res, 404, { error: "missing" });', '404', 404, 'literal'],
  ['javascript', 'const RETRYABLE = [502, 503, 504];', '503', 503, 'literal'],
  ['typescript', 'res.status(StatusCodes.NOT_FOUND);', 'StatusCodes.NOT_FOUND', 404, 'constant'],
  ['typescript', '@HttpCode(HttpStatus.NO_CONTENT)', 'HttpStatus.NO_CONTENT', 204, 'constant'],
  ['typescript', 'if (status === HttpStatusCode.NotFound) {', 'HttpStatusCode.NotFound', 404, 'constant'],
  ['typescript', 'throw new NotFoundException(`No cat ${id}`);', 'NotFoundException', 404, 'helper'],
  ['javascript', "throw Boom.notFound('Missing');", 'Boom.notFound', 404, 'helper'],
  ['javascript', 'res.status(HTTP_TOO_MANY_REQUESTS).end();', 'HTTP_TOO_MANY_REQUESTS', 429, 'constant'],
  // Python
  ['python', '    abort(404)', '404', 404, 'literal'],
  ['python', '    return jsonify(item), 201', '201', 201, 'literal'],
  ['python', '    return redirect(url_for("index"), code=301)', '301', 301, 'literal'],
  ['python', '@app.errorhandler(404)', '404', 404, 'literal'],
  ['python', '    return Response(serializer.data, status=201)', '201', 201, 'literal'],
  ['python', '    raise HTTPException(status_code=404, detail="Item not found")', '404', 404, 'literal'],
  ['python', '    self.send_response(200)', '200', 200, 'literal'],
  ['python', '    assert response.status_code == 404', '404', 404, 'literal'],
  ['python', '    assert resp.status_code in (200, 201)', '201', 201, 'literal'],
  ['python', '    return Response(status=status.HTTP_201_CREATED)', 'status.HTTP_201_CREATED', 201, 'constant'],
  ['python', '    if r.status_code == HTTPStatus.NOT_FOUND:', 'HTTPStatus.NOT_FOUND', 404, 'constant'],
  ['python', '    if r.status_code == requests.codes.not_found:', 'codes.not_found', 404, 'constant'],
  ['python', '    return HttpResponseNotFound("no")', 'HttpResponseNotFound', 404, 'helper'],
  ['python', '    raise Http404("No poll")', 'Http404', 404, 'helper'],
  ['python', '    raise web.HTTPNotFound()', 'web.HTTPNotFound', 404, 'helper'],
  ['python', "    start_response('404 Not Found', headers)", '404', 404, 'statusLine'],
  // Go
  ['go', '\tw.WriteHeader(http.StatusNotFound)', 'http.StatusNotFound', 404, 'constant'],
  ['go', '\tw.WriteHeader(404)', '404', 404, 'literal'],
  ['go', '\thttp.Error(w, "not found", 404)', '404', 404, 'literal'],
  ['go', '\tc.JSON(201, gin.H{"id": id})', '201', 201, 'literal'],
  ['go', '\tif rr.Code != 200 {', '200', 200, 'literal'],
  ['go', '\thttp.NotFound(w, r)', 'http.NotFound', 404, 'helper'],
  ['go', '\treturn echo.ErrNotFound', 'echo.ErrNotFound', 404, 'helper'],
  ['go', '\treturn c.Status(fiber.StatusTeapot).SendString("tea")', 'fiber.StatusTeapot', 418, 'constant'],
  // JVM
  ['java', 'return ResponseEntity.status(HttpStatus.NOT_FOUND).build();', 'HttpStatus.NOT_FOUND', 404, 'constant'],
  ['java', 'return ResponseEntity.status(404).build();', '404', 404, 'literal'],
  ['java', 'return ResponseEntity.notFound().build();', 'ResponseEntity.notFound', 404, 'helper'],
  ['java', 'resp.sendError(HttpServletResponse.SC_NOT_FOUND, "msg");', 'HttpServletResponse.SC_NOT_FOUND', 404, 'constant'],
  ['java', 'mockMvc.perform(get("/x")).andExpect(status().isNotFound());', 'isNotFound', 404, 'helper'],
  ['java', 'return Response.status(Response.Status.NOT_FOUND).build();', 'Response.Status.NOT_FOUND', 404, 'constant'],
  ['java', 'if (conn.getResponseCode() == HttpURLConnection.HTTP_NOT_FOUND) {', 'HttpURLConnection.HTTP_NOT_FOUND', 404, 'constant'],
  ['kotlin', 'call.respond(HttpStatusCode.NotFound)', 'HttpStatusCode.NotFound', 404, 'constant'],
  ['kotlin', 'HttpStatusCode.fromValue(404)', '404', 404, 'literal'],
  // C#
  ['csharp', 'return NotFound();', 'NotFound', 404, 'helper'],
  ['csharp', 'return Results.NotFound();', 'NotFound', 404, 'helper'],
  ['csharp', 'return StatusCode(404);', '404', 404, 'literal'],
  ['csharp', '[ProducesResponseType(StatusCodes.Status404NotFound)]', 'StatusCodes.Status404NotFound', 404, 'constant'],
  ['csharp', '[ProducesResponseType(typeof(Item), 200)]', '200', 200, 'literal'],
  ['csharp', 'if (response.StatusCode == HttpStatusCode.NotFound) return null;', 'HttpStatusCode.NotFound', 404, 'constant'],
  ['csharp', 'context.Response.StatusCode = 404;', '404', 404, 'literal'],
  // Ruby
  ['ruby', '    head :not_found', ':not_found', 404, 'constant'],
  ['ruby', '    render json: @post, status: :created', ':created', 201, 'constant'],
  ['ruby', '    render status: 503', '503', 503, 'literal'],
  ['ruby', '  halt 404', '404', 404, 'literal'],
  ['ruby', '    expect(response).to have_http_status(:unprocessable_content)', ':unprocessable_content', 422, 'constant'],
  ['ruby', '    expect(response).to have_http_status(404)', '404', 404, 'literal'],
  ['ruby', "    [404, { 'content-type' => 'text/plain' }, ['Not Found']]", '404', 404, 'literal'],
  ['ruby', "  get('/') { 205 }", '205', 205, 'literal'],
  ['typescript', '      throw new HttpException(422, { errors: { title: ["can\'t be blank"] } });', '422', 422, 'literal'],
  ['python', '        self.assertHttpStatus(response, 200)', '200', 200, 'literal'],
  ['go', '\tr, _ := tester.AssertGetResponse("http://localhost:9080/x", 503, "busy")', '503', 503, 'literal'],
  ['python', '        (exceptions.NotFound, 404),', '404', 404, 'literal'],
  ['csharp', '    _ = await _client.PostAndEnsureBadRequestAsync(url, content);', 'PostAndEnsureBadRequestAsync', 400, 'helper'],
  ['javascript', '    expectNotFound(res);', 'expectNotFound', 404, 'helper'],
  ['ruby', "  get('/') { [409, 'formula of'] }", '409', 409, 'literal'],
  ['elixir', '    {"/store", "https://merch.example.com", 302},', '302', 302, 'literal'],
  ['python', '    ("/old-docs", "/docs", 308),', '308', 308, 'literal'],
  ['php', "protected function determineStatusCode(): int\n{\n    if ($this->method === 'OPTIONS') {\n        return 200;", '200', 200, 'literal'],
  // PHP
  ['php', '    abort(404);', '404', 404, 'literal'],
  ['php', '    return response()->json($data, 201);', '201', 201, 'literal'],
  ['php', '    http_response_code(404);', '404', 404, 'literal'],
  ['php', '    return new Response(\'\', Response::HTTP_NO_CONTENT);', 'Response::HTTP_NO_CONTENT', 204, 'constant'],
  ['php', '    $this->get("/x")->assertNotFound();', 'assertNotFound', 404, 'helper'],
  // Rust
  ['rust', '    Err(StatusCode::NOT_FOUND)', 'StatusCode::NOT_FOUND', 404, 'constant'],
  ['rust', '    let s = StatusCode::from_u16(404)?;', '404', 404, 'literal'],
  ['rust', '    HttpResponse::NotFound().finish()', 'HttpResponse::NotFound', 404, 'helper'],
  ['rust', '#[catch(404)]', '404', 404, 'literal'],
  // Elixir
  ['elixir', '    conn |> put_status(:not_found) |> json(%{error: "not found"})', ':not_found', 404, 'constant'],
  ['elixir', '    send_resp(conn, 204, "")', '204', 204, 'literal'],
  ['elixir', '    assert json_response(conn, 404)', '404', 404, 'literal'],
  ['elixir', '    "GET /old": &send_resp(&1, 301, "moved"),', '301', 301, 'literal'],
  ['elixir', '  {:ok, %{status: status}} when status in [429, 503] ->', '503', 503, 'literal'],
  ['elixir', '  status when status in 500..599 -> :retry', '599', 599, 'literal'],
  ['elixir', '    Req.get!(url, expect: [200, 201..202])', '202', 202, 'literal'],
  ['elixir', 'case resp.status do\n  404 -> :missing', '404', 404, 'literal'],
  ['python', 'match response.status_code:\n    case 301 | 308:', '308', 308, 'literal'],
  // Non-code files
  ['yaml', "responses:\n  '404':\n    description: missing", '404', 404, 'openapiKey'],
  ['json', '{\n  "responses": {\n    "404": { "description": "missing" }\n  }\n}', '404', 404, 'openapiKey'],
  ['json', '{ "type": "about:blank", "title": "Not Found", "status": 404 }', '404', 404, 'literal'],
  ['yaml', 'example:\n  code: 403\n  message: Forbidden', '403', 403, 'literal'],
  ['json', '{\n  "message": "bad",\n  "code": 422\n}', '422', 422, 'literal'],
  ['java', '    .isEqualTo("{\\"code\\":400,\\"message\\":\\"KAPOW\\"}");', '400', 400, 'literal'],
  ['http', 'HTTP/1.1 404 Not Found', '404', 404, 'statusLine'],
  ['markdown', '$ curl -i https://api.example.test/x\nHTTP/2 404', '404', 404, 'statusLine'],
  ['nginx', '        return 404;', '404', 404, 'directive'],
  ['nginx', '    error_page 500 502 503 504 /50x.html;', '502', 502, 'directive'],
  ['apacheconf', 'Redirect 301 /old /new', '301', 301, 'directive'],
  ['apacheconf', 'ErrorDocument 404 /404.html', '404', 404, 'directive'],
  ['apacheconf', 'RewriteRule ^old$ /new [R=301,L]', '301', 301, 'directive'],
  ['caddyfile', '  respond /teapot "I am a teapot" 418', '418', 418, 'directive'],
  ['caddyfile', '  error /private* "Gone" 410', '410', 410, 'directive'],
  ['caddyfile', '  redir /old https://{host}{uri} 308', '308', 308, 'directive'],
  ['caddyfile', '  handle_errors 404 410 {', '410', 410, 'directive'],
  ['caddyfile', '  @upstreamDown status 502 503', '503', 503, 'directive'],
  ['caddyfile', '    replace_status @err 200', '200', 200, 'directive'],
  // Real idioms found in public projects (shapes only)
  ['typescript', '  assert.equal(response.status, 400)', '400', 400, 'literal'],
  ['javascript', '  t.is(409, res.statusCode);', '409', 409, 'literal'],
  ['kotlin', '    if (code in setOf(301, 302, 303, 307)) {', '303', 303, 'literal'],
  ['kotlin', '    if (statusCode !in 300..399) {', '399', 399, 'literal'],
  ['kotlin', '    for (code in listOf("301", "302")) {', '302', 302, 'literal'],
  ['go', '    errorCodes := []string{"404", "500"}', '500', 500, 'literal'],
  ['rust', '    for code in &[400, 404, 444, 800] {', '444', 444, 'literal'],
  ['python', '    for status in (500, 502, 503):', '502', 502, 'literal'],
  ['elixir', '  def render("404.html", _assigns) do', '404', 404, 'literal'],
  ['elixir', '    |> render(:"500")', '500', 500, 'literal'],
  ['elixir', '    resp(conn, 200, "oops")', '200', 200, 'literal'],
  ['elixir', '  defexception plug_status: :not_found, message: "gone"', ':not_found', 404, 'constant'],
  ['elixir', '    assert Status.reason_atom(404) == :not_found', ':not_found', 404, 'constant'],
  ['elixir', '  {~r/\\A\\/old\\/(\\d+)\\z/, "https://new.example/*", 301},', '301', 301, 'literal'],
  ['php', "    return response()->view('errors.db', ['e' => $e], 500);", '500', 500, 'literal'],
  ['php', "    return to_route('home', [], 301);", '301', 301, 'literal'],
  ['csharp', '    operation.Responses.TryAdd("401", new OpenApiResponse());', '401', 401, 'literal'],
  ['csharp', '  public static async Task<Created<int>> Create(ISender sender)', 'Created', 201, 'helper'],
  ['java', '    new TestStatusAssertions(HttpStatus.ACCEPTED).isAccepted();', 'isAccepted', 202, 'helper'],
  ['kotlin', '    status {\n        isCreated()', 'isCreated', 201, 'helper'],
  ['ruby', '  mock_app { get(\'/\') { 205 } }', '205', 205, 'literal'],
  ['ruby', '  mock_app { not_found { "Lost" } }', 'not_found', 404, 'helper'],
  ['ruby', '    raise Sinatra::NotFound', 'NotFound', 404, 'helper'],
  ['ruby', '    assert ok?', 'ok', 200, 'helper'],
  ['go', '\thandler = http.NotFoundHandler()', 'NotFoundHandler', 404, 'helper'],
  ['php', "  '521' => 'Web Server Is Down',\n  '522' => 'Connection Timed Out',\n  '500' => 'Internal Server Error',", '521', 521, 'literal'],
  // Real code's shapes (test/real): test pipes, spec matchers, status classes, keyed names
  ['elixir', '    build_conn()\n    |> get("/api/items")\n    |> json_response(200)', '200', 200, 'literal'],
  ['ruby', '      response.status.must_equal 304', '304', 304, 'literal'],
  ['ruby', '      expect(ex.response_status).to eq(400)', '400', 400, 'literal'],
  ['ruby', '      expect(ex.response[:status]).to eq(407)', '407', 407, 'literal'],
  ['ruby', '    assert_equal 302, @response.first', '302', 302, 'literal'],
  ['ruby', '  def redirect?; [301, 302, 303, 307, 308].include? status; end', '307', 307, 'literal'],
  ['ruby', '    404 => Faraday::ResourceNotFound,\n    409 => Faraday::ConflictError,', '409', 409, 'literal'],
  ['python', '    assert is_client_error(499)', '499', 499, 'literal'],
  ['python', '    assert "302: Found" == txt', '302', 302, 'statusLine'],
  ['python', '    return 300 <= code <= 399', '300', 300, 'literal'],
  ['ruby', '      resp[0].must_equal 200', '200', 200, 'literal'],
  ['ruby', '    expect(subject.call(env).first).to eq(200)', '200', 200, 'literal'],
  ['ruby', "    res = Rack::MockResponse.new(201, {}, [])", '201', 201, 'literal'],
  ['ruby', "    error! 'message was processed', 400", '400', 400, 'literal'],
  ['ruby', '  [100, 101, 204, 304].each do |status|', '204', 204, 'literal'],
  ['elixir', '    {:error, {:status, 503, "unavailable"}}', '503', 503, 'literal'],
  ['elixir', '  @retry_opts [attempts: 5, base_delay: 200, statuses: [429, 500..599]]', '429', 429, 'literal'],
  ['typescript', "    expect((await app.request('/allow', {}, { ip: '0.0.0.0' })).status).toBe(200)", '200', 200, 'literal'],
  ['javascript', "    t.assert.strictEqual(res.headers[':status'], 500)", '500', 500, 'literal'],
  ['javascript', "    expect(res).toMatchObject({ status: '413' })", '413', 413, 'literal'],
  ['kotlin', '    assertEquals(200, response.code)', '200', 200, 'literal'],
  ['kotlin', '    assertThat(response.status.code, equalTo(201))', '201', 201, 'literal'],
  ['kotlin', '      code == 100 -> true', '100', 100, 'literal'],
  ['go', '	assertEqual(t, 200, original.Code)', '200', 200, 'literal'],
  ['go', '	render.Status(r, 401)', '401', 401, 'literal'],
  ['rust', '    assert_eq!(response.status, Some(200));', '200', 200, 'literal'],
  ['csharp', '    if ((int)httpResponse.StatusCode is >= 300 and < 400)', '400', 400, 'literal'],
  ['go', '\tshouldGiveNotFound(t, resp)', 'shouldGiveNotFound', 404, 'helper'],
  ['php', '    $this->assertResourceNotFound($response);', 'assertResourceNotFound', 404, 'helper'],
  ['ruby', '    swap Devise.responder, error_status: :unprocessable_entity do', ':unprocessable_entity', 422, 'constant'],
  ['ruby', '    res.status = 401', '401', 401, 'literal'],
  ['ruby', "    render json: body, 'status' => 422", '422', 422, 'literal'],
  ['ruby', '    assert_equal response.status, 422', '422', 422, 'literal'],
  ['ruby', '    last_response.status.should == 201', '201', 201, 'literal'],
  ['kotlin', '    it.jetty.timeoutStatus = 408', '408', 408, 'literal'],
  ['java', '    server.expect(requestTo("/x")).andRespond(withBadRequest());', 'withBadRequest', 400, 'helper'],
  ['rust', '    let not_found_catcher = Catcher::new(404, not_found_handler);', '404', 404, 'literal'],
  ['kotlin', '    val response = Response(Status.I_M_A_TEAPOT)', 'Status.I_M_A_TEAPOT', 418, 'constant'],
  ['go', '\trequire.Equal(b, 200, fctx.Response.Header.StatusCode())', '200', 200, 'literal'],
  ['ruby', '      subject.status 501', '501', 501, 'literal'],
  ['ruby', '    should respond_with :forbidden', ':forbidden', 403, 'constant'],
  ['csharp', '    Assert.IsType<NotFound>(result.Result);', 'NotFound', 404, 'helper'],
  ['rust', '    match resp.status().as_u16() {\n        200 => Ok(MutateResponse::Success),\n        401 => {', '401', 401, 'literal'],
  ['nginx', '    location /.well-known/acme-challenge { try_files $uri $uri/ =404; }', '404', 404, 'directive'],
  ['java', '    throw new BadRequestAlertException("A new user cannot already have an ID", "userManagement", "idexists");', 'BadRequestAlertException', 400, 'helper'],
  ['csharp', '    Assert.AreSame(order, ((Ok<Order>)result.Result).Value);', 'Ok', 200, 'helper'],
  ['java', '      .contains("[500 Internal server error] during [GET] to [/api]");', '500', 500, 'statusLine'],
  ['ruby', '    msg = %(407 "Proxy Authentication Required")', '407', 407, 'statusLine'],
  ['javascript', "    res.render('errors/404', { url: req.url })", '404', 404, 'literal'],
  ['java', '    assertThat(((FeignException) exception).status()).isEqualTo(400);', '400', 400, 'literal'],
  ['csharp', '    [Theory]\n    [InlineData(302, "GET")]\n    [InlineData(307, "POST")]\n    public async Task Redirects(int statusCode, string method) {', '302', 302, 'literal'],
  ['java', '      {\n        404,\n        FeignException.NotFound.class,', '404', 404, 'literal'],
  ['java', '      {\n        404,\n        FeignException.NotFound.class,', 'NotFound', 404, 'helper'],
  ['java', '    repo.findBySlug(slug).orElseThrow(ResourceNotFoundException::new);', 'ResourceNotFoundException', 404, 'helper'],
  ['csharp', '    { typeof(ForbiddenAccessException), HandleForbiddenAccessException },', 'ForbiddenAccessException', 403, 'helper'],
];

/** Lines with 3-digit numbers that are not status codes: nothing may be found in them. */
const NEGATIVES: readonly (readonly [language: string, line: string])[] = [
  ['javascript', 'const PAGE_WIDTH = 404;'],
  ['javascript', 'setTimeout(done, 404);'],
  ['javascript', 'const items = list.slice(0, 200);'],
  ['javascript', "fetch('/api/users/404');"],
  ['javascript', 'const css = `width: 404px; color: #404040;`;'],
  ['javascript', 'expect(items.length).toBe(200);'],
  ['javascript', 'const sizes = [100, 200, 404];'],
  ['javascript', 'const user404 = find(404 * 2);'],
  ['javascript', "const version = '1.404.2';"],
  ['javascript', 'app.listen(8080);'],
  ['javascript', 'const price = 404.5;'],
  ['javascript', 'res.status(404 * 2);'],
  ['typescript', 'const timeoutMs: number = 503;'],
  ['python', '    time.sleep(0.5)  # 500 ms'],
  ['python', '    assert len(rows) == 201'],
  ['python', "    user = get_user(id=404)"],
  ['python', '    MAX_UPLOAD = 500 * 1024'],
  ['go', '\ttime.Sleep(404 * time.Millisecond)'],
  ['go', '\tsrv := &http.Server{Addr: ":8080", ReadTimeout: 503 * time.Second}'],
  ['java', 'Thread.sleep(404);'],
  ['java', 'assertEquals(200, items.size());'],
  ['csharp', 'await Task.Delay(404);'],
  ['ruby', '    expect(items.size).to eq(200)'],
  ['php', '    $limit = min($request->integer("limit", 200), 500);'],
  ['ruby', "  get('/') { items.size + 200 }"],
  ['python', '        self.assertLength(response, 200)'],
  ['javascript', '    ensureFound(items); expectAccepted(order); const expectNotFound = true;'],
  ['elixir', '    {"/store", "https://merch.example.com", 200},'],
  ['php', "protected function pageSize(): int\n{\n    if ($this->wide) {\n        return 200;"],
  ['rust', '    tokio::time::sleep(Duration::from_millis(503)).await;'],
  ['yaml', 'properties:\n  name:\n    maxLength: 404'],
  ['nginx', '    client_max_body_size 404m;'],
  ['nginx', '    listen 443 ssl;'],
  ['caddyfile', '  reverse_proxy localhost:8080\n  redir /a /b 200\n  encode gzip 404'],
  ['markdown', 'Supports up to 500 items per page and Node 200.x.'],
  ['json', '{ "count": 200, "retryAfter": 503 }'],
  ['go', '    sizes := []string{"404", "500"}'],
  ['yaml', 'example:\n  code: 200\n  count: 3\nnested:\n  code: 404\n    message: deeper'],
  ['python', '    for code in (0, 1, 2, 700):'],
  ['kotlin', '    for (i in listOf(100, 200, 300)) {'],
  ['kotlin', '    assertInvalid("HTTP/1.1 2000 OK"); assertInvalid("HTTP/1.1 20 OK")'],
  ['kotlin', '    if (code < 1000 || code >= 5000) {'],
  ['elixir', '  @retry_opts [attempts: 5, base_delay: 200]'],
  ['kotlin', '    assertEquals(200, response.code.length)'],
  ['javascript', "    expect(res).toMatchObject({ status: 'active', id: '404' })"],
  ['csharp', '    [InlineData(200, 404)]\n    public void Resizes(int width, int height) { }'],
  ['java', '    ErrorDecoder decoder = new DefaultErrorDecoder(4000, 2000);'],
  ['python', '    self.assertEqual(ping.exitstatus, 123)'],
  ['rust', '    match code {\n        1000 => Normal,\n        1001 => Away,'],
  ['javascript', "    res.render('users/list', { page: 200 })"],
  ['python', '    raise FileNotFoundError(path); ClassNotFoundException(); ModelNotFoundException::class'],
  ['kotlin', '    if (width in 300..399) {'],
  ['elixir', '    render(conn, "index.html", page: 200)'],
  ['elixir', 'case count do\n  200 -> :many\nend\ndefp page(200), do: 1\ndef call(n), do: page(n)'],
  ['python', 'match len(items):\n    case 200:'],
  ['php', "  '521' => 'Web Server Is Down',\n  '522' => 'Connection Timed Out',"],
  ['ruby', '    assert valid?'],
  ['typescript', "  if (err && err.name === 'UnauthorizedError') {"],
];

describe('detection', () => {
  it('a declaration that names its number: HTTP_404_NOT_FOUND = 404', () => {
    const text = 'HTTP_404_NOT_FOUND = 404';
    assert.deepEqual(scan(text, 'python').map((o) => [text.slice(o.start, o.end), o.code, o.kind]), [['HTTP_404_NOT_FOUND', 404, 'constant'], ['404', 404, 'literal']]);
  });

  describe('recognises each idiom', () => {
    for (const [language, text, token, code, kind] of POSITIVES) {
      it(`${language}: ${token} in ${text.split('\n').pop()?.trim() ?? ''}`, () => {
        const onLastLine = text.indexOf(token, text.lastIndexOf('\n') + 1);
        const at = onLastLine >= 0 ? onLastLine : text.indexOf(token);
        assert.ok(at >= 0);
        const found = findAt(text, language, at + token.length - 1);
        assert.ok(found, 'findAt finds it');
        assert.equal(found.code, code);
        assert.equal(found.kind, kind);
        assert.ok(found.start <= at && found.end >= at + token.length - (token.startsWith(':') ? 1 : 0), 'the occurrence covers the token');
        assert.ok(scan(text, language).some((o) => o.start === found.start && o.code === code), 'scan agrees');
      });
    }
  });

  describe('ignores numbers that are not status codes', () => {
    for (const [language, text] of NEGATIVES) {
      it(`${language}: ${text.split('\n').pop()?.trim() ?? ''}`, () => {
        assert.deepEqual(scan(text, language), []);
      });
    }
  });

  it('reports out-of-range numbers in a status position, so they can be flagged as invalid', () => {
    assert.equal(findAt('res.status(4040)', 'javascript', 12)?.code, 4040);
    assert.equal(findAt('res.status(99)', 'javascript', 12)?.code, 99);
  });

  it('finds the qualified name when the cursor is on its qualifier or punctuation', () => {
    const text = '\tw.WriteHeader(http.StatusNotFound)';
    const at = text.indexOf('http.');
    for (const offset of [at, at + 2, at + 4, at + 6]) assert.equal(findAt(text, 'go', offset)?.code, 404, `offset ${offset}`);
  });

  it('finds Spring\'s status().isNotFound() from any character of it, as scan reports it', () => {
    const text = 'mockMvc.perform(get("/x")).andExpect(status().isNotFound());';
    const [scanned] = scan(text, 'java');
    assert.ok(scanned);
    for (let offset = scanned.start; offset < scanned.end; offset++) {
      assert.deepEqual(findAt(text, 'java', offset), scanned, `offset ${offset}: ${text.slice(offset, offset + 6)}`);
    }
  });

  it('looks at the enclosing switch for `case N:`', () => {
    const text = 'switch (res.status) {\n  case 404:\n    return null;\n}\nswitch (size) {\n  case 404:\n}';
    assert.deepEqual(scan(text, 'javascript').map((o) => positionsIn(text)(o.start).line), [2]);
  });

  it('answers nothing for languages it does not serve or offsets outside the text', () => {
    assert.equal(findAt('res.status(404)', 'cobol', 12), undefined);
    assert.equal(findAt('res.status(404)', 'javascript', -1), undefined);
    assert.equal(findAt('res.status(404)', 'javascript', 999), undefined);
    assert.deepEqual(scan('', 'javascript'), []);
  });

  it('maps file names to language ids, and .conf files by content', () => {
    assert.equal(languageIdForFile('src/app.ts'), 'typescript');
    assert.equal(languageIdForFile('views.py'), 'python');
    assert.equal(languageIdForFile('.htaccess'), 'apacheconf');
    assert.equal(languageIdForFile('/etc/nginx/nginx.conf'), 'nginx');
    assert.equal(languageIdForFile('site.conf', 'server {\n  listen 80;\n}'), 'nginx');
    assert.equal(languageIdForFile('site.conf', '<VirtualHost *:80>\n</VirtualHost>'), 'apacheconf');
    assert.equal(languageIdForFile('deploy/Caddyfile'), 'caddyfile');
    assert.equal(languageIdForFile('sites/api.caddyfile'), 'caddyfile');
    assert.equal(languageIdForFile('tool.conf', 'key = value'), undefined);
    assert.equal(languageIdForFile('README'), undefined);
  });

  describe('bad input never throws and stays linear', () => {
    it('binary content, invalid UTF-8 and lone surrogates', () => {
      const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
      assert.doesNotThrow(() => scan(binary, 'javascript'));
      const broken = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, 0x72, 0x65, 0x73, 0x2e, 0xc3, 0x28]));
      assert.doesNotThrow(() => scan(`${broken}res.status(404)\ud800`, 'javascript'));
      assert.equal(scan(`${broken}res.status(404)\ud800`, 'javascript').length, 1);
    });

    it('a 5 MB single-line minified file and a 50,000-line file', () => {
      const minified = 'function a(b){return b.status(404).json({w:404,t:503})};var c=[1,2,3];'.repeat(75_000);
      assert.ok(minified.length > 5_000_000);
      assert.equal(scan(minified, 'javascript').length, 75_000);
      assert.equal(findAt(minified, 'javascript', minified.lastIndexOf('status(404') + 'status('.length + 1)?.code, 404);
      const lines = Array.from({ length: 50_000 }, (_, i) => (i % 10 === 0 ? 'res.status(404).end();' : `const x${i} = ${i % 600};`)).join('\n');
      assert.equal(scan(lines, 'javascript').length, 5000);
    });

    it('pathological text for the regular expressions (long runs without a match)', () => {
      for (const text of ['('.repeat(200_000), `${'a,'.repeat(100_000)}404`, 'status('.repeat(50_000), ' '.repeat(300_000) + '404']) {
        assert.doesNotThrow(() => scan(text, 'javascript'));
        assert.doesNotThrow(() => scan(text, 'python'));
      }
    });
  });
});

import { ARG_END, call, compare, idiom, laterArg, type LiteralIdiom, VALUE_END } from './spec';

// Ruby (Rails, Sinatra, Rack, RSpec, Minitest).

export const RUBY_IDIOMS: readonly LiteralIdiom[] = [
  idiom({ id: 'rails.status-option', families: ['ruby'], before: /(?:\bstatus:\s*|(?::status|(['"])status\1)\s*=>\s*)$/, after: VALUE_END, triggers: ':>' }),
  idiom({ id: 'rack.status-assignment', families: ['ruby'], before: /[\w)\]]\.status\s*=\s*$/, after: VALUE_END, triggers: '=' }),
  // Grape's and Sinatra's status setter called on an object: `subject.status 501`
  idiom({ id: 'sinatra.halt', families: ['ruby'], before: /[\w)\]]\.status[ \t]+$/, after: VALUE_END, triggers: 'w' }),
  idiom({ id: 'rails.head', families: ['ruby'], before: /(?:^|[^\w.])head[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  idiom({ id: 'sinatra.halt', families: ['ruby'], before: /(?:^|[^\w.])(?:halt|status)[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  idiom({ id: 'sinatra.error', families: ['ruby'], before: /^\s*error[\s(]\s*(?:\d{3}(?:\.\.\.?\d{3})?\s*,\s*)*(?:\d{3}\.\.\.?)?$/, after: /^\s*(?:,|\.\.|do\b|\{|\))/, triggers: '(w,.' }),
  laterArg('sinatra.redirect', ['ruby'], String.raw`\bredirect`),
  idiom({ id: 'sinatra.redirect', families: ['ruby'], before: /\bredirect\s(?:[^,()\n]|\([^()\n]*\))+,\s*$/, after: VALUE_END, triggers: ',' }),
  idiom({ id: 'minitest.assert_equal', families: ['ruby'], before: /\bassert_equal[\s(]\s*$/, after: /^\s*,\s*@?[\w.]*status\b/, triggers: '(w' }),
  idiom({ id: 'minitest.assert_equal', families: ['ruby'], before: /\bassert_equal[\s(]\s*@?[\w.]*status\s*,\s*$/, after: VALUE_END, triggers: ',' }),
  // A status read with a default: `status: result.fetch(:status, 201)`
  idiom({ id: 'ruby.fetch-status', families: ['ruby'], before: /\.fetch\(\s*(?::status|['"]status['"])\s*,\s*$/, after: ARG_END, triggers: ',' }),
  // rswag's OpenAPI specs: `response '404', 'not found' do`, `response(200, 'ok')`
  idiom({ id: 'rswag.response', families: ['ruby'], before: /^\s*response[\s(]\s*['"]?$/, after: /^['"]?\s*,\s*['"]/, triggers: '(w"\'', requires: 'plausibleCode' }),
  // RSpec's old `should` syntax: `last_response.status.should == 201`, `response.status.should eq(404)`
  idiom({ id: 'rspec.eq', families: ['ruby'], before: /\bstatus\.should\s*(?:==|(?:eq|eql|equal|be)(?:\(|\s))\s*$/, after: VALUE_END, triggers: '=(w' }),
  call('rspec.have_http_status', ['ruby'], String.raw`\b(?:have_http_status|assert_response|status_code)`),
  idiom({ id: 'rspec.have_http_status', families: ['ruby'], before: /\b(?:have_http_status|assert_response)[ \t]+$/, after: VALUE_END, triggers: 'w' }),
  // shoulda-matchers: `should respond_with 404`, `it { is_expected.to respond_with(:forbidden) }`
  idiom({ id: 'shoulda.respond_with', families: ['ruby'], before: /\brespond_with[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  idiom({ id: 'minitest.assert_response', families: ['ruby'], before: /\bassert_response\s+$/, after: VALUE_END }),
  idiom({ id: 'minitest.assert_equal', families: ['ruby'], before: /\bassert_equal[\s(]\s*$/, after: /^\s*,\s*@?\w*response(?:\.first|\[0\])\s*(?:$|[)#])/, triggers: '(w' }),
  // `expect(response.status).to eq(404)`, `expect(ex.response_status).to eq 400`, `expect(ex.response[:status]).to eq(400)`
  idiom({ id: 'rspec.eq', families: ['ruby'], before: /(?:\bstatus|_status|\[:status\]|\[['"]status['"]\]|\bresponse\.code)\)\s*\.(?:to|not_to|to_not)\s+(?:eq|be|eql|equal)(?:\(\s*|\s+)$/, after: VALUE_END, triggers: '(w' }),
  // Rails' `response.code` is a string: `expect(response.code).to eq("404")`
  idiom({ id: 'rspec.eq', families: ['ruby'], before: /\b(?:response|status)\.code\)\s*\.(?:to|not_to|to_not)\s+(?:eq|eql|equal)(?:\(\s*|\s+)['"]$/, after: /^['"]/, triggers: '"\'', requires: 'plausibleCode' }),
  // Minitest's spec matchers: `response.status.must_equal 304`, `_(res.status).wont_equal 500`
  idiom({ id: 'minitest.must_equal', families: ['ruby'], before: /(?:\bstatus|_status)\)?\.(?:must|wont)_equal[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  compare('status-comparison', ['ruby'], String.raw`\bstatus`),
  // An RSpec value a spec's requests answer with: `let(:status_code) { 500 }`
  idiom({ id: 'rspec.let-status', families: ['ruby'], before: /\blet!?\(\s*:\w*status(?:_code)?\s*\)\s*\{\s*$/, after: /^\s*\}/, triggers: '{' }),
  // A route block's result is its response: `get('/') { 205 }`, `get('/') { [409, 'body'] }`
  idiom({ id: 'sinatra.route-result', families: ['ruby'], before: /(?:^|\{)\s*(?:get|post|put|patch|delete|head|options)\s*(?:\(\s*)?['"][^'"\n]*['"]\s*(?:\)\s*)?(?:\{|do)\s*(?:\[\s*)?$/, after: /^\s*(?:,\s*['"[{]|\}|\bend\b|$)/, triggers: '{[w' }),
  idiom({ id: 'rack.triplet', families: ['ruby'], before: /(?:^|[=\s(,])\[\s*$/, after: /^\s*,\s*(?:\{|[a-z_]*headers\b|\[\]|Rack::Headers)/, triggers: '[' }),
  // Grape's `error!(message, 422)`, `error! 'message', 400`, `error! 400, 'message'`, `default_error_status 400`
  laterArg('grape.error', ['ruby'], String.raw`\berror!`),
  idiom({ id: 'grape.error', families: ['ruby'], before: /\berror!\s+(?:(?:'[^'\n]*'|"[^"\n]*"|[\w.:@]+)\s*,\s*)?$/, after: VALUE_END, triggers: ',w' }),
  idiom({ id: 'grape.error', families: ['ruby'], before: /\bdefault_error_status[\s(]\s*$/, after: VALUE_END, triggers: '(w' }),
  // A Rack response's status is its first element: `resp[0].must_equal 200`, `app.call(env).first == 404`
  idiom({ id: 'rack.triplet', families: ['ruby'], before: /(?:\bres\w*|\bapp\.call\([^()\n]*\)|\.call\([^()\n]*\))(?:\.first|\[0\])\)?\s*(?:\.(?:must|wont)_equal[\s(]|\.to\s+eq(?:l|ual)?[\s(]|[=!]=)\s*$/, after: VALUE_END, triggers: '(w=' }),
  call('rack.Response', ['ruby'], String.raw`\bRack::(?:Mock)?Response(?:::Raw)?\.new`),
  idiom({ id: 'rack.Response', families: ['ruby'], before: /\bRack::(?:Mock)?Response\[\s*$/, after: ARG_END, triggers: '[' }),
  laterArg('rack.Response', ['ruby'], String.raw`\bResponse\.new`),
];

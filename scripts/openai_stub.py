"""An OpenAI-compatible chat-completions server on loopback that answers from a function: the
replay teacher of scripts/measure_loop.py and the scripted teacher of tests/registry share it.

    server = serve(lambda body: {"Cardiomegaly": "positive", ...})   # body: the request's JSON
    url = f"http://127.0.0.1:{server.server_port}/v1"; ...; server.shutdown()"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def serve(answer_for, model='scripted'):
    """Start the server on a free port; `answer_for(body)` gives the label object to answer."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers['Content-Length'])))
            data = json.dumps({'model': model, 'choices': [{'message': {'content': json.dumps(answer_for(body))}}]}).encode()
            self.send_response(200)
            self.send_header('Content-Type', 'application/json')
            self.send_header('Content-Length', str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server

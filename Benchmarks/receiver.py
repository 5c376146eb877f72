"""A fast keep-alive webhook receiver for the end-to-end benchmark (asyncio, HTTP/1.1).

Usage: receiver.py RECORD_FILE. Prints its port, then appends "MARKER PATH UNIX_TIME" for every request whose
body carries "bench-<n>" and answers 204. Signatures are verified by the test suite's receiver, not here:
this one must not be the bottleneck.
"""
import asyncio
import re
import sys
import time

MARK = re.compile(rb"bench-(\d+)")
out = open(sys.argv[1], "a", buffering=1 << 16)


class Hook(asyncio.Protocol):
    def connection_made(self, transport):
        self.t = transport
        self.buf = b""

    def data_received(self, data):
        self.buf += data
        while True:
            head_end = self.buf.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buf[:head_end].lower()
            m = re.search(rb"content-length:\s*(\d+)", head)
            length = int(m.group(1)) if m else 0
            if len(self.buf) < head_end + 4 + length:
                return
            body = self.buf[head_end + 4:head_end + 4 + length]
            path = head.split(b" ", 2)[1]
            self.buf = self.buf[head_end + 4 + length:]
            mark = MARK.search(body)
            if mark:
                out.write(f"{mark.group(1).decode()} {path.decode()} {time.time():.6f}\n")
            self.t.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Hook, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)

    async def flush():
        while True:
            await asyncio.sleep(0.05)
            out.flush()

    loop.create_task(flush())
    await server.serve_forever()


asyncio.run(main())

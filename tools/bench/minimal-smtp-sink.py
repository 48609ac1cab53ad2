#!/usr/bin/env python3
# A minimal SMTP sink for the email measurement (docs/BENCHMARKS.md): accepts every message on 127.0.0.1:PORT, keeps nothing,
# and exits after COUNT messages. Usage: python3 tools/bench/minimal-smtp-sink.py PORT COUNT
import asyncio, sys
count = 0
async def handle(reader, writer):
    global count
    writer.write(b"220 sink ESMTP\r\n")
    while True:
        line = await reader.readline()
        if not line: break
        cmd = line[:4].upper()
        if cmd == b"DATA":
            writer.write(b"354 go\r\n")
            while (l := await reader.readline()) not in (b".\r\n", b""):
                pass
            count += 1
            writer.write(b"250 2.0.0 OK\r\n")
        elif cmd in (b"EHLO", b"HELO"): writer.write(b"250 sink\r\n")
        elif cmd == b"QUIT":
            writer.write(b"221 bye\r\n"); await writer.drain(); break
        else: writer.write(b"250 OK\r\n")
        await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]))
    async with server:
        while count < int(sys.argv[2]): await asyncio.sleep(0.1)
    print("python sink:", count)
asyncio.run(main())

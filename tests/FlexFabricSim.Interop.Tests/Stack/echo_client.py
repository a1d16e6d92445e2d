"""Sends SIZE seeded random bytes to HOST:PORT while reading the echo back; prints bytes received and both SHA-256 sums."""
import hashlib
import random
import socket
import sys
import threading

host, port, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = random.Random(7).randbytes(size)
connection = socket.create_connection((host, port), timeout=120)


def send():
    view = memoryview(data)
    for offset in range(0, size, 65536):
        connection.sendall(view[offset:offset + 65536])
    connection.shutdown(socket.SHUT_WR)


sender = threading.Thread(target=send)
sender.start()
received = hashlib.sha256()
count = 0
while True:
    chunk = connection.recv(1 << 20)
    if not chunk:
        break
    received.update(chunk)
    count += len(chunk)
sender.join()
print(count, received.hexdigest(), hashlib.sha256(data).hexdigest())

"""Sends ARP requests for TARGET_IP out of IFACE from SENDER_MAC/SENDER_IP, tagged with VLAN (0 = untagged), COUNT times.

Used where the kernel has no 802.1Q support (no 8021q module, no bridge VLAN filtering, no tc vlan action): raw frames
from the kernel's side of the veth stand in for a veth.100 subinterface.
"""
import socket
import struct
import sys
import time

iface, sender_mac, sender_ip, target_ip, vlan, count = sys.argv[1:7]
vlan, count = int(vlan), int(count)
mac = bytes.fromhex(sender_mac.replace(":", ""))
arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, mac, socket.inet_aton(sender_ip), b"\0" * 6, socket.inet_aton(target_ip))
ethertype = struct.pack("!H", 0x0806)
tag = struct.pack("!HH", 0x8100, vlan) if vlan else b""
frame = b"\xff" * 6 + mac + tag + ethertype + arp
frame += b"\0" * max(0, 60 - len(frame))
raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
raw.bind((iface, 0))
for _ in range(count):
    raw.send(frame)
    time.sleep(0.2)

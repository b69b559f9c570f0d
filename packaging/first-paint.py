#!/usr/bin/env python3
"""Waits until an X window shows its first painted frame: polls one pixel near its top-left corner
(StoreScope's menu bar) every 10 ms until it is neither the blank white nor black of a window not yet
painted. Used by startup-time.sh. Usage: first-paint.py WINDOW_ID [TIMEOUT_S]; exit 0 when painted,
1 on timeout. Needs only libX11 (ctypes)."""
import ctypes
import sys
import time

x11 = ctypes.CDLL("libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XGetImage.restype = ctypes.c_void_p
x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                          ctypes.c_ulong, ctypes.c_int]
x11.XGetPixel.restype = ctypes.c_ulong
x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
x11.XFree.argtypes = [ctypes.c_void_p]
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
ignore = ERROR_HANDLER(lambda display, event: 0)  # a window not viewable yet is a BadMatch, not an exit
x11.XSetErrorHandler(ignore)

display = x11.XOpenDisplay(None)
if not display:
    sys.exit("first-paint: cannot open the display")
window = int(sys.argv[1], 0)
deadline = time.monotonic() + (float(sys.argv[2]) if len(sys.argv) > 2 else 30)
while time.monotonic() < deadline:
    image = x11.XGetImage(display, window, 5, 5, 1, 1, 0xFFFFFFFF, 2)  # ZPixmap
    if image:
        pixel = x11.XGetPixel(image, 0, 0) & 0xFFFFFF
        x11.XFree(image)  # the 1x1 image's data with it is a few bytes; not worth XDestroyImage's macro
        if pixel not in (0xFFFFFF, 0x000000):
            sys.exit(0)
    time.sleep(0.01)
sys.exit(1)

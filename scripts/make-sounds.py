#!/usr/bin/env python3
"""Writes the desk's verdict cues to resources/sounds/ (16-bit PCM, mono, 44.1 kHz).

eligible.wav  - a pleasant rising two-tone (E5 then A5), about 250 ms
attention.wav - a lower short double beep (A4 twice), about 250 ms, for every other verdict

Made for CardBridge; run again to regenerate: python3 scripts/make-sounds.py
"""

import math
import pathlib
import struct
import wave

RATE = 44100
AMPLITUDE = 0.45  # of full scale: leaves headroom, the desk sets the volume


def tone(freq, ms, harmonics=(1.0, 0.25, 0.08)):
    """A soft sine tone with a few harmonics and short raised-cosine fades (no clicks)."""
    n = int(RATE * ms / 1000)
    fade = int(RATE * 0.008)
    out = []
    for i in range(n):
        t = i / RATE
        v = sum(a * math.sin(2 * math.pi * freq * (k + 1) * t) for k, a in enumerate(harmonics))
        v /= sum(harmonics)
        if i < fade:
            v *= 0.5 - 0.5 * math.cos(math.pi * i / fade)
        elif i >= n - fade:
            v *= 0.5 - 0.5 * math.cos(math.pi * (n - 1 - i) / fade)
        out.append(v)
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(path, samples):
    frames = b"".join(
        struct.pack("<h", int(max(-1.0, min(1.0, s * AMPLITUDE)) * 32767)) for s in samples
    )
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds"
    out.mkdir(parents=True, exist_ok=True)
    write(out / "eligible.wav", tone(659.25, 110) + silence(20) + tone(880.0, 120))
    write(out / "attention.wav", tone(440.0, 95) + silence(60) + tone(440.0, 95))
    for name in ("eligible.wav", "attention.wav"):
        print(out / name, (out / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()

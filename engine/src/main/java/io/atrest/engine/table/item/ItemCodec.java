package io.atrest.engine.table.item;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of an item, used on the hot path instead of JSON.
 *
 * <p>Format: a count (int) then, per attribute, its name and value. A value is a one-byte tag
 * followed by its payload; strings and numbers are length-prefixed UTF-8, binaries length-prefixed
 * bytes, collections a count then their members. The same bytes always decode to an equal item.
 */
public final class ItemCodec {
  private static final byte S = 1;
  private static final byte N = 2;
  private static final byte B = 3;
  private static final byte BOOL = 4;
  private static final byte NULL = 5;
  private static final byte M = 6;
  private static final byte L = 7;
  private static final byte SS = 8;
  private static final byte NS = 9;
  private static final byte BS = 10;

  private ItemCodec() {}

  public static byte[] encode(Map<String, AttributeValue> item) {
    Writer w = new Writer();
    writeMap(w, item);
    return w.toByteArray();
  }

  public static Map<String, AttributeValue> decode(byte[] bytes) {
    return readMap(ByteBuffer.wrap(bytes));
  }

  /**
   * Encodes one value on its own (key values, which storage locations are made from). Key values
   * are strings, numbers and binaries, encoded straight into an array of their exact size.
   */
  public static byte[] encodeValue(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return scalar(S, s.value().getBytes(StandardCharsets.UTF_8));
    }
    if (value instanceof AttributeValue.N n) {
      return scalar(N, n.value().getBytes(StandardCharsets.UTF_8));
    }
    if (value instanceof AttributeValue.B b) {
      return scalar(B, b.value().raw());
    }
    Writer w = new Writer();
    writeValue(w, value);
    return w.toByteArray();
  }

  /** The tag, then the payload length-prefixed: what {@link #writeValue} writes for a scalar. */
  private static byte[] scalar(byte tag, byte[] payload) {
    int n = payload.length;
    byte[] out = new byte[5 + n];
    out[0] = tag;
    out[1] = (byte) (n >>> 24);
    out[2] = (byte) (n >>> 16);
    out[3] = (byte) (n >>> 8);
    out[4] = (byte) n;
    System.arraycopy(payload, 0, out, 5, n);
    return out;
  }

  private static void writeMap(Writer w, Map<String, AttributeValue> map) {
    w.writeInt(map.size());
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      w.writeString(e.getKey());
      writeValue(w, e.getValue());
    }
  }

  private static void writeValue(Writer w, AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      w.tag(S).writeString(s.value());
    } else if (value instanceof AttributeValue.N n) {
      w.tag(N).writeString(n.value());
    } else if (value instanceof AttributeValue.B b) {
      w.tag(B).writeBytes(b.value().raw());
    } else if (value instanceof AttributeValue.Bool b) {
      w.tag(BOOL).write(b.value() ? 1 : 0);
    } else if (value instanceof AttributeValue.Null) {
      w.tag(NULL);
    } else if (value instanceof AttributeValue.M m) {
      writeMap(w.tag(M), m.value());
    } else if (value instanceof AttributeValue.L l) {
      w.tag(L).writeInt(l.value().size());
      l.value().forEach(v -> writeValue(w, v));
    } else if (value instanceof AttributeValue.Ss ss) {
      w.tag(SS).writeInt(ss.value().size());
      ss.value().forEach(w::writeString);
    } else if (value instanceof AttributeValue.Ns ns) {
      w.tag(NS).writeInt(ns.value().size());
      ns.value().forEach(w::writeString);
    } else if (value instanceof AttributeValue.Bs bs) {
      w.tag(BS).writeInt(bs.value().size());
      bs.value().forEach(b -> w.writeBytes(b.raw()));
    }
  }

  private static Map<String, AttributeValue> readMap(ByteBuffer in) {
    int n = in.getInt();
    Map<String, AttributeValue> map = new LinkedHashMap<>(Math.max(4, n * 2));
    for (int i = 0; i < n; i++) {
      map.put(readString(in), readValue(in));
    }
    return map;
  }

  private static AttributeValue readValue(ByteBuffer in) {
    byte tag = in.get();
    return switch (tag) {
      case S -> new AttributeValue.S(readString(in));
      case N -> new AttributeValue.N(readString(in));
      case B -> new AttributeValue.B(Bytes.of(readBytes(in)));
      case BOOL -> new AttributeValue.Bool(in.get() == 1);
      case NULL -> new AttributeValue.Null();
      case M -> new AttributeValue.M(readMap(in));
      case L -> new AttributeValue.L(readList(in));
      case SS -> new AttributeValue.Ss(new java.util.LinkedHashSet<>(readStrings(in)));
      case NS -> new AttributeValue.Ns(new java.util.LinkedHashSet<>(readStrings(in)));
      case BS -> {
        int n = in.getInt();
        java.util.Set<Bytes> set = new java.util.LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
          set.add(Bytes.of(readBytes(in)));
        }
        yield new AttributeValue.Bs(set);
      }
      default -> throw new IllegalArgumentException("unknown attribute tag `" + tag + "`");
    };
  }

  private static List<AttributeValue> readList(ByteBuffer in) {
    int n = in.getInt();
    List<AttributeValue> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(readValue(in));
    }
    return list;
  }

  private static List<String> readStrings(ByteBuffer in) {
    int n = in.getInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(readString(in));
    }
    return list;
  }

  /** Decodes straight from the buffer's array, without an intermediate copy of the bytes. */
  private static String readString(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("string of `" + n + "` bytes overruns the encoded item");
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  private static byte[] readBytes(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return b;
  }

  /**
   * A growable byte array. Not a {@link java.io.ByteArrayOutputStream}, whose every one-byte write
   * takes a lock: an item is several hundred such writes.
   */
  private static final class Writer {
    private byte[] buf = new byte[256];
    private int count;

    Writer tag(byte t) {
      write(t);
      return this;
    }

    void write(int b) {
      ensure(1);
      buf[count++] = (byte) b;
    }

    void writeInt(int v) {
      ensure(4);
      buf[count] = (byte) (v >>> 24);
      buf[count + 1] = (byte) (v >>> 16);
      buf[count + 2] = (byte) (v >>> 8);
      buf[count + 3] = (byte) v;
      count += 4;
    }

    void writeString(String s) {
      writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void writeBytes(byte[] b) {
      writeInt(b.length);
      ensure(b.length);
      System.arraycopy(b, 0, buf, count, b.length);
      count += b.length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, count);
    }

    private void ensure(int more) {
      if (count + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
      }
    }
  }
}

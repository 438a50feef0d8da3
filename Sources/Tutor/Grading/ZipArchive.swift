/// A zip archive written in memory: each entry stored as it is (no compression, which
/// every unzip reads), with its CRC-32 and Unix permissions, and a fixed date so the same
/// files always make the same bytes. Sizes stay under 4 GiB (no Zip64).
public struct ZipArchive: Sendable {
  /// One file in the archive.
  public struct Entry: Sendable, Hashable {
    /// Its path in the archive, `/`-separated.
    public var path: String
    /// Its bytes.
    public var bytes: [UInt8]
    /// Whether it is executable (mode 755, else 644).
    public var isExecutable: Bool

    /// A file at `path`.
    public init(path: String, bytes: [UInt8], isExecutable: Bool = false) {
      self.path = path
      self.bytes = bytes
      self.isExecutable = isExecutable
    }

    /// A text file at `path`.
    public init(path: String, text: String, isExecutable: Bool = false) {
      self.init(path: path, bytes: Array(text.utf8), isExecutable: isExecutable)
    }
  }

  /// The entries, in order.
  public var entries: [Entry]

  /// An archive of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Why an archive cannot be written.
  public struct TooLarge: Error, CustomStringConvertible {
    /// The sentence.
    public var description: String
  }

  /// The archive's bytes: a local header and the data for each entry, then the central
  /// directory and its end record (APPNOTE 6.3, stored entries).
  public func bytes() throws(TooLarge) -> [UInt8] {
    var output: [UInt8] = []
    var central: [UInt8] = []
    // 1980-01-01 00:00 in MS-DOS form: time 0, date (0 << 9) | (1 << 5) | 1.
    let dosTime: UInt16 = 0
    let dosDate: UInt16 = 0x21
    for entry in entries {
      let name = Array(entry.path.utf8)
      guard entry.bytes.count < Int(UInt32.max), output.count < Int(UInt32.max),
        name.count <= Int(UInt16.max)
      else {
        throw TooLarge(description: "'\(entry.path)' is too large for a zip archive (4 GiB)")
      }
      let crc = Self.crc32(entry.bytes)
      let size = UInt32(entry.bytes.count)
      let offset = UInt32(output.count)
      // Local file header.
      Self.append(UInt32(0x0403_4b50), to: &output)
      Self.append(UInt16(10), to: &output)  // version needed: 1.0, stored
      Self.append(UInt16(0x0800), to: &output)  // flags: names are UTF-8
      Self.append(UInt16(0), to: &output)  // method: stored
      Self.append(dosTime, to: &output)
      Self.append(dosDate, to: &output)
      Self.append(crc, to: &output)
      Self.append(size, to: &output)
      Self.append(size, to: &output)
      Self.append(UInt16(name.count), to: &output)
      Self.append(UInt16(0), to: &output)
      output += name
      output += entry.bytes
      // Its central directory record.
      Self.append(UInt32(0x0201_4b50), to: &central)
      Self.append(UInt16(0x031E), to: &central)  // made by: Unix, version 3.0
      Self.append(UInt16(10), to: &central)
      Self.append(UInt16(0x0800), to: &central)
      Self.append(UInt16(0), to: &central)
      Self.append(dosTime, to: &central)
      Self.append(dosDate, to: &central)
      Self.append(crc, to: &central)
      Self.append(size, to: &central)
      Self.append(size, to: &central)
      Self.append(UInt16(name.count), to: &central)
      Self.append(UInt16(0), to: &central)  // extra
      Self.append(UInt16(0), to: &central)  // comment
      Self.append(UInt16(0), to: &central)  // disk
      Self.append(UInt16(0), to: &central)  // internal attributes
      let mode: UInt32 = entry.isExecutable ? 0o100755 : 0o100644
      Self.append(mode << 16, to: &central)  // external attributes: Unix mode
      Self.append(offset, to: &central)
      central += name
    }
    guard entries.count <= Int(UInt16.max), output.count + central.count < Int(UInt32.max) else {
      throw TooLarge(description: "the archive is too large for a zip file (4 GiB)")
    }
    let directoryOffset = UInt32(output.count)
    output += central
    Self.append(UInt32(0x0605_4b50), to: &output)
    Self.append(UInt16(0), to: &output)
    Self.append(UInt16(0), to: &output)
    Self.append(UInt16(entries.count), to: &output)
    Self.append(UInt16(entries.count), to: &output)
    Self.append(UInt32(central.count), to: &output)
    Self.append(directoryOffset, to: &output)
    Self.append(UInt16(0), to: &output)
    return output
  }

  /// `value` little-endian.
  static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  /// The table of CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) for each byte.
  static let crcTable: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// The CRC-32 zip stores for `bytes`.
  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    let table = crcTable
    var crc: UInt32 = 0xFFFF_FFFF
    bytes.withUnsafeBufferPointer { buffer in
      table.withUnsafeBufferPointer { table in
        for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
      }
    }
    return crc ^ 0xFFFF_FFFF
  }
}

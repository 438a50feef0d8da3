/// Names and their values, looked up at every use of a name: an open-addressing hash table
/// (linear probing) hashed with FNV-1a over a name's UTF-8 bytes.
///
/// The standard dictionary hashes a `String` with a seeded SipHash, which cost more than
/// the arithmetic of a typical loop's pass; the names of a program are few and short, so
/// this cheaper hash serves them as well.
struct NameTable {
  /// A power of two, at least twice `count`; nil marks an empty slot.
  private var keys: [String?]
  private var values: [PyValue]
  /// How many names are bound.
  private(set) var count = 0

  init() {
    keys = Array(repeating: nil, count: 16)
    values = Array(repeating: .none, count: 16)
  }

  /// A table holding the entries of `dictionary`.
  init(_ dictionary: [String: PyValue]) {
    self.init()
    for (name, value) in dictionary { self[name] = value }
  }

  /// FNV-1a of the name's UTF-8 bytes, folded so the low bits depend on every byte.
  private static func hash(_ name: String) -> Int {
    func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
    // The bytes in place (a short name's are copied to the stack), else one at a time.
    return name.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(name.utf8)
  }

  /// The slot holding `name`, or the empty slot where it would go.
  private func slot(of name: String) -> Int {
    let mask = keys.count - 1
    var i = Self.hash(name) & mask
    while let key = keys[i] {
      if key == name { return i }
      i = (i + 1) & mask
    }
    return i
  }

  /// The value bound to `name`; assigning nil removes it.
  subscript(name: String) -> PyValue? {
    get {
      let i = slot(of: name)
      return keys[i] == nil ? nil : values[i]
    }
    set {
      if let newValue {
        bind(name, newValue)
      } else {
        _ = removeValue(forKey: name)
      }
    }
  }

  private mutating func bind(_ name: String, _ value: PyValue) {
    let i = slot(of: name)
    if keys[i] != nil {
      values[i] = value
      return
    }
    if (count + 1) * 2 > keys.count {
      grow()
      bind(name, value)
      return
    }
    keys[i] = name
    values[i] = value
    count += 1
  }

  /// Doubles the slots and places every entry again.
  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: nil, count: oldKeys.count * 2)
    values = Array(repeating: .none, count: oldKeys.count * 2)
    for (k, key) in oldKeys.enumerated() {
      guard let key else { continue }
      let i = slot(of: key)
      keys[i] = key
      values[i] = oldValues[k]
    }
  }

  /// Removes `name`, giving the value it had (nil when it was not bound).
  mutating func removeValue(forKey name: String) -> PyValue? {
    var i = slot(of: name)
    guard keys[i] != nil else { return nil }
    let removed = values[i]
    keys[i] = nil
    values[i] = .none
    count -= 1
    // Moves back the entries after the hole that could no longer be found past it.
    let mask = keys.count - 1
    var j = i
    while true {
      j = (j + 1) & mask
      guard let key = keys[j] else { break }
      let home = Self.hash(key) & mask
      let reachable = i <= j ? (i < home && home <= j) : (i < home || home <= j)
      if reachable { continue }
      keys[i] = key
      values[i] = values[j]
      keys[j] = nil
      values[j] = .none
      i = j
    }
    return removed
  }

  /// The bound names, in no particular order.
  var names: [String] { keys.compactMap { $0 } }

  /// The entries as a dictionary.
  var dictionary: [String: PyValue] {
    var result: [String: PyValue] = [:]
    result.reserveCapacity(count)
    for (k, key) in keys.enumerated() {
      if let key { result[key] = values[k] }
    }
    return result
  }
}

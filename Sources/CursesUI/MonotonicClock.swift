#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds on a clock that never jumps, for play-mode timing (the wall clock can be set
/// back, which would stall an animation).
public enum MonotonicClock {
  /// Seconds since an arbitrary fixed point (the machine's boot, typically).
  public static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

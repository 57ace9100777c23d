import Foundation

/// A bound that only a hang exceeds; sanitized and loaded runs stretch it (BRIEFING_HANG_SCALE).
func hangLimit(_ seconds: Int) -> Duration {
    .seconds(seconds) * (Double(ProcessInfo.processInfo.environment["BRIEFING_HANG_SCALE"] ?? "") ?? 1)
}

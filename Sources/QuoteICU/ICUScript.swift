internal import CQuoteICU

/// Unicode script properties from ICU (`uscript_getScript`).
///
/// ```swift
/// ICUScript.code(of: "Ж")  // "Cyrl"
/// ```
package enum ICUScript {
  /// The ISO 15924 code of the script of `scalar` ("Latn", "Cyrl", "Zyyy" for Common,
  /// "Zinh" for Inherited).
  ///
  /// - Complexity: O(1).
  package static func code(of scalar: Unicode.Scalar) -> String {
    var status: Int32 = 0
    let script = qn_script(Int32(bitPattern: scalar.value), &status)
    guard status <= 0, let name = qn_script_short_name(script) else { return "Zzzz" }
    return String(cString: name)
  }

  /// How `scalar` joins its neighbours in cursive scripts (Unicode's Joining_Type).
  package enum JoiningType: Int32, Sendable {
    case nonJoining = 0, joinCausing, dualJoining, leftJoining, rightJoining, transparent
  }

  /// The Joining_Type of `scalar`: Arabic `ب` is dual-joining, `ا` right-joining (it joins the
  /// letter before it only), a space non-joining, a harakat transparent.
  ///
  /// ```swift
  /// ICUScript.joiningType(of: "ب")  // .dualJoining
  /// ```
  ///
  /// - Complexity: O(1).
  package static func joiningType(of scalar: Unicode.Scalar) -> JoiningType {
    JoiningType(rawValue: qn_joining_type(Int32(bitPattern: scalar.value))) ?? .nonJoining
  }

  /// The numeric `UScriptCode` of `scalar` (0 Common, 1 Inherited, 25 Latin, …).
  ///
  /// - Complexity: O(1).
  package static func number(of scalar: Unicode.Scalar) -> Int {
    var status: Int32 = 0
    let script = qn_script(Int32(bitPattern: scalar.value), &status)
    return status <= 0 ? Int(script) : -1
  }
}

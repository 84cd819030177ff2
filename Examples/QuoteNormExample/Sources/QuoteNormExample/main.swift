// Normalizes two outlets' renderings of one quote and shows they share a match key, then maps
// the match back to the exact characters of the damaged original.
import Foundation  // String.range(of:)
import QuoteNorm

let afp = "“That won’t happen,” Sheinbaum told reporters."
let scraped = "&ldquo;That wonâ€™t happen,&rdquo; Sheinbaum told reporters."

let match = Normalizer(profile: .match)
let a = match.normalize(afp)
let b = match.normalize(scraped)
print("key A: \(a.text)")
print("key B: \(b.text)")
print("same key: \(a.text == b.text)")

if let r = b.text.range(of: "will not") {  // the key spells contractions out
  print("in the original: \(b.original[b.originalRange(for: r)])")
}
for edit in b.edits.prefix(3) {
  print("edit \(edit.input) → \(edit.output) by \(edit.rule)")
}

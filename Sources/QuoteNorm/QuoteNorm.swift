// QuoteNorm: multilingual quote normalization backed by ICU.
//
// This umbrella module re-exports the public API of the capability modules, so users write
// `import QuoteNorm` only.
@_exported import QuoteNormalization
@_exported import QuoteExtraction
@_exported import QuoteMatching
@_exported import QuoteLanguage

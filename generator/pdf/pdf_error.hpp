// PdfError: what the PDF writer and page copying throw.
#pragma once
#include <stdexcept>

namespace qaf::pdf {

/// A libharu or libqpdf failure (a font file it cannot read, no memory, a PDF it cannot read) or
/// a laid-out document that breaks an invariant (a link to no destination, a bad font index).
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace qaf::pdf

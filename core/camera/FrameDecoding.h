#pragma once

#include "barcode/ImageDecoder.h"

namespace cardbridge {

// How the camera path decodes one frame: decodeImage() first (ZXing's local-average
// binarizer, good for uneven light), then, when nothing was found and linear symbologies are
// wanted, one more pass over the linear formats with the global-histogram binarizer, which
// reads slightly blurred narrow bars that the first pass misses (webcams are rarely sharp).
std::optional<DecodedCode> decodeCameraFrame(const QImage &image, const DecodeOptions &options);

} // namespace cardbridge

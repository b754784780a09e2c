//! A colleague's view, by link and with no server: the learner's request, a colleague's
//! response ([`links`]), and the responses combined and set beside the learner's own scores
//! ([`view`]).

mod links;
mod view;

pub use links::{
    MAX_NAME_CHARS, REQUEST_KIND, REQUEST_MARKER, RESPONSE_KIND, RESPONSE_MARKER, Request, ResponseError,
    clean_name, decode_request, decode_response, encode_request, encode_response, read_response,
};
pub use view::{ColleagueView, Comparison, FEW_RESPONSES, GAP, SideBySide};

//! The fonts every PDF embeds, as `cargo xtask codegen` committed them in `web/fonts/`.

use std::rc::Rc;

use leadership_balance::pdf::font::Fonts;

pub fn fonts() -> Rc<Fonts> {
    let regular = include_bytes!("../../web/fonts/sans-regular.lbfont");
    let bold = include_bytes!("../../web/fonts/sans-bold.lbfont");
    Rc::new(Fonts::from_packs(regular, bold).unwrap_or_else(|e| panic!("{e}")))
}

//! The document's logical structure: which heading, paragraph, list or figure each piece of
//! drawn content belongs to.
//!
//! Screen readers read a PDF through this tree (a "tagged PDF", ISO 32000-1 §14.8, with the
//! roles PDF/UA-1 expects), not through the drawing. [`super::layout`] builds it while it
//! places content, so the tree's order is the order the learner sees; [`super::writer`] turns
//! it into structure elements and marked content.

/// Index of a [`Node`] in [`Structure::nodes`].
pub type NodeId = usize;

/// A structure element's role: the standard structure types a results report needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Document,
    H1,
    H2,
    /// Under an H2: the colleagues' blind spots and hidden strengths.
    H3,
    P,
    /// A list; its children are [`Role::LI`].
    L,
    /// A list item: a [`Role::Lbl`] (bullet or number) and a [`Role::LBody`].
    LI,
    Lbl,
    LBody,
    /// A chart; it carries a text alternative.
    Figure,
    /// A clickable course link: its text and its link annotation.
    Link,
}

impl Role {
    /// The standard structure type's name, as PDF writes it after the slash.
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Figure => "Figure",
            Role::Link => "Link",
        }
    }
}

/// One structure element.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub role: Role,
    /// `None` for the root, the [`Role::Document`].
    pub parent: Option<NodeId>,
    /// The text alternative a screen reader reads instead of the content (figures).
    pub alt: Option<String>,
}

/// The tree, in the order its elements were opened; node 0 is the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Structure {
    pub nodes: Vec<Node>,
}

impl Default for Structure {
    fn default() -> Structure {
        Structure { nodes: vec![Node { role: Role::Document, parent: None, alt: None }] }
    }
}

impl Structure {
    /// Adds an element under `parent` and returns its id.
    pub fn add(&mut self, role: Role, parent: NodeId, alt: Option<String>) -> NodeId {
        self.nodes.push(Node { role, parent: Some(parent), alt });
        self.nodes.len() - 1
    }

    /// The roles from the root down to `node`, for tests and error messages.
    pub fn path(&self, node: NodeId) -> Vec<Role> {
        let mut roles = Vec::new();
        let mut at = Some(node);
        while let Some(id) = at {
            let Some(found) = self.nodes.get(id) else { break };
            roles.push(found.role);
            at = found.parent;
        }
        roles.reverse();
        roles
    }
}

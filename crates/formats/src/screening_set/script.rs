//! The scripts a name can be written in, as the CSV files name them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Han,
    Hangul,
    Thai,
}

impl Script {
    pub const ALL: [Script; 9] = [
        Script::Latin,
        Script::Cyrillic,
        Script::Greek,
        Script::Arabic,
        Script::Hebrew,
        Script::Devanagari,
        Script::Han,
        Script::Hangul,
        Script::Thai,
    ];

    /// The lower-case name of the `script` column.
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Cyrillic => "cyrillic",
            Script::Greek => "greek",
            Script::Arabic => "arabic",
            Script::Hebrew => "hebrew",
            Script::Devanagari => "devanagari",
            Script::Han => "han",
            Script::Hangul => "hangul",
            Script::Thai => "thai",
        }
    }
}

//! robots.txt (RFC 9309), as much as a polite checker of single pages needs: the group for
//! our product token or else `*`, and the longest matching `Allow`/`Disallow` rule.

/// An `Allow` (true) or `Disallow` (false) rule and its path pattern.
type Rule = (bool, String);

/// A group: the user agents it names and their rules.
type Group = (Vec<String>, Vec<Rule>);

/// The rules that apply to us from one robots.txt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Robots {
    rules: Vec<Rule>,
}

impl Robots {
    /// Everything allowed: what a missing robots.txt (4xx) means.
    pub fn allow_all() -> Self {
        Self::default()
    }

    /// Parses `text` for the crawler named `product` (case-insensitive).
    pub fn parse(text: &str, product: &str) -> Self {
        let product = product.to_ascii_lowercase();
        let mut groups: Vec<Group> = Vec::new();
        let mut in_agents = false;
        for raw in text.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else { continue };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Vec::new()));
                    }
                    in_agents = true;
                    if let Some(group) = groups.last_mut() {
                        group.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(group) = groups.last_mut() {
                        // An empty Disallow allows everything: it adds no rule.
                        if !value.is_empty() {
                            group.1.push((key == "allow", value.to_owned()));
                        }
                    }
                }
                _ => {}
            }
        }
        let ours: Vec<Rule> = groups
            .iter()
            .filter(|(agents, _)| agents.iter().any(|agent| agent == &product))
            .flat_map(|(_, rules)| rules.iter().cloned())
            .collect();
        let rules = if ours.is_empty() && !groups.iter().any(|(agents, _)| agents.iter().any(|a| a == &product)) {
            groups
                .iter()
                .filter(|(agents, _)| agents.iter().any(|a| a == "*"))
                .flat_map(|(_, r)| r.iter().cloned())
                .collect()
        } else {
            ours
        };
        Self { rules }
    }

    /// Whether `path` (with its query) may be fetched: the longest matching rule decides,
    /// `Allow` winning a tie; no matching rule allows.
    pub fn allows(&self, path: &str) -> bool {
        if path == "/robots.txt" {
            return true;
        }
        self.rules
            .iter()
            .filter(|(_, pattern)| matches(pattern, path))
            .max_by_key(|(allow, pattern)| (pattern.len(), *allow))
            .is_none_or(|(allow, _)| *allow)
    }
}

/// RFC 9309 patterns: a prefix match where `*` is any run of characters and a final `$`
/// anchors the end (so an unanchored pattern is the pattern followed by `*`).
fn matches(pattern: &str, path: &str) -> bool {
    let whole = match pattern.strip_suffix('$') {
        Some(anchored) => anchored.to_owned(),
        None => format!("{pattern}*"),
    };
    glob(whole.as_bytes(), path.as_bytes())
}

/// Whole-string match where `*` matches any bytes (the classic two-pointer walk).
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == b'*' {
            star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((star_p, star_t)) = star {
            p = star_p + 1;
            t = star_t + 1;
            star = Some((star_p, star_t + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|b| *b == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_group_wins_over_the_star_group() {
        let robots = Robots::parse(
            "User-agent: *\nDisallow: /\n\nUser-agent: haven-verify\nDisallow: /private\n",
            "Haven-Verify",
        );
        assert!(robots.allows("/help"));
        assert!(!robots.allows("/private/x"));
    }

    #[test]
    fn the_star_group_applies_when_ours_is_absent() {
        let robots = Robots::parse(
            "# comment\nUser-agent: other\nDisallow: /\nUser-agent: *\nDisallow: /admin # staff\nAllow: /admin/help\n",
            "haven-verify",
        );
        assert!(robots.allows("/"));
        assert!(!robots.allows("/admin/settings"));
        assert!(robots.allows("/admin/help/page"), "the longer Allow wins");
        assert!(robots.allows("/robots.txt"));
    }

    #[test]
    fn wildcards_and_anchors() {
        let robots =
            Robots::parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nDisallow:\n", "haven-verify");
        assert!(!robots.allows("/files/a.pdf"));
        assert!(robots.allows("/files/a.pdf.html"));
        assert!(!robots.allows("/search?q=help"));
        assert!(robots.allows("/contact"));
        assert!(Robots::parse("User-agent: *\nDisallow:\n", "x").allows("/anything"), "an empty Disallow allows all");
    }
}

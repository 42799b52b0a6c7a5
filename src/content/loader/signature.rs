//! What a message needs from its caller and the shared terms: the variables, terms and
//! messages it refers to, and its attributes. A translation must need the same things as
//! the `en` message, or it drops (or invents) a value such as `{ $minutes }`.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Signature {
    pub references: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
}

impl Signature {
    pub fn of(value: Option<&Pattern<&str>>, attributes: impl Iterator<Item = String>) -> Self {
        let mut signature = Signature { references: BTreeSet::new(), attributes: attributes.collect() };
        if let Some(pattern) = value {
            signature.collect_pattern(pattern);
        }
        signature
    }

    /// A readable account of how `self` (a translation) differs from `source` (`en`).
    pub fn difference_from(&self, source: &Signature) -> Option<String> {
        let missing: Vec<&String> = source.references.difference(&self.references).collect();
        let extra: Vec<&String> = self.references.difference(&source.references).collect();
        let missing_attributes: Vec<&String> = source.attributes.difference(&self.attributes).collect();
        let extra_attributes: Vec<&String> = self.attributes.difference(&source.attributes).collect();
        let mut parts = Vec::new();
        if !missing.is_empty() {
            parts.push(format!("drops {}", join(&missing)));
        }
        if !extra.is_empty() {
            parts.push(format!("adds {}", join(&extra)));
        }
        if !missing_attributes.is_empty() {
            parts.push(format!("lacks attributes {}", join(&missing_attributes)));
        }
        if !extra_attributes.is_empty() {
            parts.push(format!("has extra attributes {}", join(&extra_attributes)));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    fn collect_pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.collect_expression(expression);
            }
        }
    }

    /// Select expressions count every variant: an Arabic `[zero]` variant may leave the
    /// number out as long as the selector or another variant uses it.
    fn collect_expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Inline(inline) => self.collect_inline(inline),
            Expression::Select { selector, variants } => {
                self.collect_inline(selector);
                for variant in variants {
                    self.collect_pattern(&variant.value);
                }
            }
        }
    }

    fn collect_inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.references.insert(format!("{{ ${} }}", id.name));
            }
            InlineExpression::TermReference { id, arguments, .. } => {
                self.references.insert(format!("{{ -{} }}", id.name));
                if let Some(arguments) = arguments {
                    arguments.positional.iter().for_each(|a| self.collect_inline(a));
                    arguments.named.iter().for_each(|a| self.collect_inline(&a.value));
                }
            }
            InlineExpression::MessageReference { id, .. } => {
                self.references.insert(format!("{{ {} }}", id.name));
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| self.collect_inline(a));
                arguments.named.iter().for_each(|a| self.collect_inline(&a.value));
            }
            InlineExpression::Placeable { expression } => self.collect_expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }
}

fn join(items: &[&String]) -> String {
    items.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;
    use fluent_syntax::parser::parse;

    fn signature(ftl: &str) -> Signature {
        let resource = parse(ftl).expect("valid Fluent");
        match &resource.body[0] {
            Entry::Message(m) => Signature::of(m.value.as_ref(), m.attributes.iter().map(|a| a.id.name.to_owned())),
            _ => panic!("a message"),
        }
    }

    #[test]
    fn a_translation_that_drops_a_variable_is_reported() {
        let en = signature("m = { $minutes }-minute read\n");
        let fr = signature("m = lecture rapide\n");
        assert_eq!(fr.difference_from(&en), Some("drops { $minutes }".to_owned()));
    }

    #[test]
    fn variants_and_selectors_count_together() {
        let en = signature("m = { $n ->\n    [one] one line\n   *[other] { $n } lines\n}\n");
        let ar = signature("m = { $n ->\n    [zero] لا خطوط\n   *[other] { $n } خطوط\n}\n");
        assert_eq!(ar.difference_from(&en), None);
    }

    #[test]
    fn terms_and_attributes_must_match() {
        let en = signature("m = with { -medicine-x }\n    .label = x\n");
        let es = signature("m = con medicina\n");
        let difference = es.difference_from(&en).expect("a difference");
        assert!(difference.contains("drops { -medicine-x }") && difference.contains("lacks attributes label"));
    }
}

// optional_declarations.hpp — which articles a declaration recognizing a committee's competence is
// made under, read from the status page's prose (rule O1).
//
// The pages of the treaties that take optional declarations print them in their own section
// ("Declarations made under articles 21 and 22", "Declarations recognizing the competence of the
// Human Rights Committee under article 41"), one entry per State: the texts, each after the date it
// was received where the page gives one ("Unless otherwise indicated, the declarations were made
// upon ratification, accession or succession"). One entry may hold several declarations (San Marino
// under CAT arts. 21 and 22, on 4 August 2015 each), or renew one (Switzerland under ICCPR art. 41).
//
// `articles_declared` reads one text: the articles it names among the treaty's ("pursuant to article
// 21, paragraph 1", "articles 21 and 22", "[article 14]") and those whose subject it describes ("to receive and
// consider communications to the effect that a State Party claims that another State Party is not fulfilling its
// obligations": inter-State communications; "from or on behalf of individuals": individual communications); where the
// treaty has one such article only, that one. Nothing where it can tell none: the importer then says it did not read
// the entry.
//
// Example (CAT, articles 21 "inter-State communications" and 22 "individual communications"):
//   articles_declared("Norway recognizes the competence of the Committee to receive and consider "
//                     "communications from or on behalf of individuals …", cat.optional_declarations)
//   // {"22"}
#pragma once

#include <pacta/treaty_rules.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pacta::untc {

/// The articles among `clauses` that the declaration `text` is made under, in the clauses' order;
/// empty when it can tell none.
std::vector<std::string> articles_declared(std::string_view text,
                                           const std::vector<optional_declaration_clause>& clauses);

/// The articles among `clauses` that `text` names by number, in the clauses' order (no subject read).
std::vector<std::string> articles_named(std::string_view text, const std::vector<optional_declaration_clause>& clauses);

/// "Made upon succession", "Confirmed upon succession", "upon ratification": the text says it was
/// made with the State's instrument, whatever date stands before it.
bool made_with_instrument(std::string_view text);

}  // namespace pacta::untc

// optional_declarations.cpp — the articles a declaration is made under (optional_declarations.hpp).
#include "optional_declarations.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>

namespace pacta::untc {
namespace {

bool alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Whether `s` at `i` starts the word `w` (no letter before it or right after it).
bool word_at(const std::string& s, std::size_t i, std::string_view w) {
  return s.compare(i, w.size(), w) == 0 && (i == 0 || !alpha(s[i - 1])) &&
         (i + w.size() >= s.size() || !alpha(s[i + w.size()]));
}

void skip_spaces(const std::string& s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ']' || s[i] == '[')) ++i;
}

/// The numbers of the list that follows "article"/"articles" at `i` (just after the word): "21",
/// "21 (1)", "21, paragraph 1,", "21 and 22", "31 (1) and 32". A number in brackets or after
/// "paragraph" is a paragraph, not an article.
std::vector<std::string> number_list(const std::string& s, std::size_t i) {
  std::vector<std::string> out;
  if (i < s.size() && s[i] == '[') ++i;  // "article[s] 31"
  if (s.compare(i, 2, "s]") == 0) i += 2;
  for (;;) {
    skip_spaces(s, i);
    if (i >= s.size() || !digit(s[i])) break;
    std::size_t j = i;
    while (j < s.size() && digit(s[j])) ++j;
    if (j - i > 4) break;
    out.push_back(s.substr(i, j - i));
    i = j;
    bool more = false;
    for (;;) {  // what may stand between two article numbers
      skip_spaces(s, i);
      if (i < s.size() && s[i] == '(') {
        const auto close = s.find(')', i);
        if (close == std::string::npos || close - i > 6) break;
        i = close + 1;
      } else if (i < s.size() && s[i] == ',') {
        ++i;
      } else if (word_at(s, i, "paragraph")) {
        i += 9;
        skip_spaces(s, i);
        while (i < s.size() && (digit(s[i]) || s[i] == '(' || s[i] == ')')) ++i;
      } else if (word_at(s, i, "and") || word_at(s, i, "or")) {
        i += s[i] == 'a' ? 3 : 2;
        more = true;
      } else {
        break;
      }
    }
    skip_spaces(s, i);
    if (!more && !(i < s.size() && digit(s[i]))) break;
  }
  return out;
}

/// Whether the text describes the subject of a clause: inter-State communications, individual
/// communications, the inquiry procedure.
bool describes(const std::string& t, const std::string& subject) {
  const std::string sub = lower(subject);
  auto any = [&](std::initializer_list<const char*> phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](const char* p) { return t.find(p) != std::string::npos; });
  };
  if (sub.find("inter-state") != std::string::npos)
    return any({"state party claims", "state party claiming", "another state party", "another party",
                "from states parties concerning", "submitted by another state"});
  if (sub.find("individual") != std::string::npos)
    return any({"on behalf of individuals", "from individuals", "by individuals", "individual communications",
                "communications from or on behalf of"});
  if (sub.find("inquiry") != std::string::npos) return any({"inquiry", "inquiries"});
  return false;
}

}  // namespace

std::vector<std::string> articles_named(std::string_view text,
                                        const std::vector<optional_declaration_clause>& clauses) {
  const std::string t = lower(text);
  std::vector<std::string> named;
  for (std::size_t i = t.find("article"); i != std::string::npos; i = t.find("article", i + 1)) {
    if (i > 0 && alpha(t[i - 1])) continue;
    std::size_t j = i + 7;
    if (j < t.size() && t[j] == 's') ++j;
    if (j < t.size() && alpha(t[j])) continue;
    for (auto& n : number_list(t, j)) named.push_back(n);
  }
  std::vector<std::string> out;
  for (const auto& c : clauses)
    if (std::find(named.begin(), named.end(), c.article) != named.end()) out.push_back(c.article);
  return out;
}

std::vector<std::string> articles_declared(std::string_view text,
                                           const std::vector<optional_declaration_clause>& clauses) {
  if (clauses.size() == 1) return {clauses[0].article};
  // The articles named, and those described: a text may name one article and describe the other
  // (Andorra under the CAT: "in accordance with article 21 …" then "2. … from or on behalf of
  // individuals").
  const std::string t = lower(text);
  const auto named = articles_named(text, clauses);
  std::vector<std::string> out;
  for (const auto& c : clauses)
    if (std::find(named.begin(), named.end(), c.article) != named.end() || describes(t, c.subject))
      out.push_back(c.article);
  return out;
}

bool made_with_instrument(std::string_view text) {
  const std::string t = lower(text.substr(0, 80));
  return t.find("upon succession") != std::string::npos || t.find("upon ratification") != std::string::npos ||
         t.find("upon accession") != std::string::npos;
}

}  // namespace pacta::untc

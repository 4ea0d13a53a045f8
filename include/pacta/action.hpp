// pacta/action.hpp — one recorded action, and the vocabulary of action kinds.
//
// A registry is a list of actions: what a State (or an organ: the Secretary-General, a conference,
// the General Assembly) did on a date. The kinds form one table, `action_kinds`: each kind's
// registry name and what it is (a consent to be bound, an organ's act, an amendment action). The
// names, the parser, the "one of …" message and the predicates all read that table.
//
// Example:
//   pacta::parse_action_kind("accession") == pacta::action_kind::accession
//   pacta::is_consent(pacta::action_kind::succession)          // true: rule E5
//   pacta::to_key(pacta::action_kind::amendment_declined)      // "amendment-declined"
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/utf8.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/json_value.hpp>
#include <pacta/succession_kind.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pacta {

/// What a State did.
enum class action_kind : std::uint8_t {
  signature,                ///< signed the treaty (not consent to be bound, rule E6)
  succession_to_signature,  ///< a successor took its predecessor's signature (UNTC `d` in the signature column)
  ratification,             ///< deposited an instrument of ratification
  accession,                ///< deposited an instrument of accession
  formal_confirmation,      ///< an organization's instrument of formal confirmation (CRPD art. 43; UNTC suffix `c`)
  acceptance,               ///< deposited an instrument of acceptance
  approval,                 ///< deposited an instrument of approval
  consent_to_be_bound,      ///< notified its consent to be bound by an instrument the parent's parties may join
                            ///< (CCW art. 4(3)–(4) for its Protocols; UNTC suffix `P`)
  definitive_signature,     ///< signed without reservation as to ratification: consent on the day (UNTC suffix `s`)
  simplified_procedure,     ///< consent established by a simplified procedure on the day the treaty fixes, after a
                            ///< signature subject to it (Part XI Agreement arts. 4(3)(c), 5; rule E10)
  succession,               ///< notified its succession; `effective` is the date of succession
  provisional_application,  ///< declared it applies the treaty provisionally (ATT art. 23; UNTC column `n`):
                            ///< recorded, never consent to be bound, no date is computed from it
  provisional_application_termination,  ///< notified that it does not intend to become a party, which ends its
                                        ///< provisional application (VCLT art. 25(2); rule V1)
  denunciation,                         ///< notification of denunciation; `date` is the depositary's receipt
  denunciation_withdrawal,              ///< withdrew a pending denunciation (VCLT art. 68)
  declaration,     ///< a declaration the treaty requires with the instrument (OPAC art. 3(2)) or strengthens it (art.
                   ///< 3(4))
  armed_conflict,  ///< from `date` the State is engaged in armed conflict (OPAC art. 11(1), rule D4)
  armed_conflict_end,               ///< the armed conflict the State was engaged in ended on `date`
  optional_declaration,             ///< recognized a committee's competence under `article` (ICCPR art. 41; rule O1)
  optional_declaration_withdrawal,  ///< withdrew its declaration under `article` (ICCPR art. 41(2))
  // Amendments (OPSC art. 16). Each names its amendment with `amendment`.
  amendment_proposal,       ///< a State Party filed a proposal with the Secretary-General (art. 16(1))
  amendment_communication,  ///< the Secretary-General communicated it to the States Parties (no `state`)
  amendment_favour,         ///< a State Party favoured a conference (art. 16(1))
  amendment_adoption,       ///< the conference adopted it (no `state`; optional `vote`)
  amendment_approval,       ///< the General Assembly approved it (no `state`; art. 16(2))
  amendment_acceptance,     ///< a State Party accepted it (art. 16(2)–(3))
  amendment_declined,       ///< a State becoming party after its entry into force declined it (VCLT art. 40(5))
};

/// What the table says of an action kind.
struct action_kind_info {
  action_kind kind;
  const char* name;  ///< the registry name
  bool consent;      ///< expresses consent to be bound: an instrument deposited, or a succession
  bool organ_act;    ///< an act of the depositary or of an organ, which carries no `state`
  bool amendment;    ///< an amendment action, which names its amendment
};

/// Every action kind, in the order of `action_kind`.
inline constexpr action_kind_info action_kinds[] = {
    {action_kind::signature, "signature", false, false, false},
    {action_kind::succession_to_signature, "succession-to-signature", false, false, false},
    {action_kind::ratification, "ratification", true, false, false},
    {action_kind::accession, "accession", true, false, false},
    {action_kind::formal_confirmation, "formal-confirmation", true, false, false},
    {action_kind::acceptance, "acceptance", true, false, false},
    {action_kind::approval, "approval", true, false, false},
    {action_kind::consent_to_be_bound, "consent-to-be-bound", true, false, false},
    {action_kind::definitive_signature, "definitive-signature", true, false, false},
    {action_kind::simplified_procedure, "simplified-procedure", true, false, false},
    {action_kind::succession, "succession", true, false, false},
    {action_kind::provisional_application, "provisional-application", false, false, false},
    {action_kind::provisional_application_termination, "provisional-application-termination", false, false, false},
    {action_kind::denunciation, "denunciation", false, false, false},
    {action_kind::denunciation_withdrawal, "denunciation-withdrawal", false, false, false},
    {action_kind::declaration, "declaration", false, false, false},
    {action_kind::armed_conflict, "armed-conflict", false, false, false},
    {action_kind::armed_conflict_end, "armed-conflict-end", false, false, false},
    {action_kind::optional_declaration, "optional-declaration", false, false, false},
    {action_kind::optional_declaration_withdrawal, "optional-declaration-withdrawal", false, false, false},
    {action_kind::amendment_proposal, "amendment-proposal", false, false, true},
    {action_kind::amendment_communication, "amendment-communication", false, true, true},
    {action_kind::amendment_favour, "amendment-favour", false, false, true},
    {action_kind::amendment_adoption, "amendment-adoption", false, true, true},
    {action_kind::amendment_approval, "amendment-approval", false, true, true},
    {action_kind::amendment_acceptance, "amendment-acceptance", false, false, true},
    {action_kind::amendment_declined, "amendment-declined", false, false, true},
};
inline constexpr std::size_t action_kind_count = sizeof(action_kinds) / sizeof(action_kinds[0]);

namespace detail {
/// The table's row for `k`.
inline constexpr const action_kind_info& kind_info(action_kind k) noexcept {
  return action_kinds[static_cast<std::size_t>(k)];
}

constexpr bool action_kinds_in_order() noexcept {
  for (std::size_t i = 0; i < action_kind_count; ++i)
    if (static_cast<std::size_t>(action_kinds[i].kind) != i) return false;
  return true;
}
static_assert(action_kinds_in_order(), "action_kinds lists every kind in the order of action_kind");
static_assert(static_cast<std::size_t>(action_kind::amendment_declined) + 1 == action_kind_count,
              "action_kinds has a row for every kind (name the last kind here when one is added)");
}  // namespace detail

/// The registry name of an action kind (its key): "signature", …, "amendment-declined".
inline constexpr const char* to_key(action_kind k) noexcept {
  return detail::kind_info(k).name;
}

/// The kind a registry name denotes; nothing for an unknown name.
inline std::optional<action_kind> parse_action_kind(std::string_view s) noexcept {
  // The names as views, measured once (every action of a registry is looked up).
  static constexpr std::size_t count = sizeof action_kinds / sizeof action_kinds[0];
  static constexpr auto names = [] {
    std::array<std::string_view, count> v{};
    for (std::size_t i = 0; i < count; ++i) v[i] = action_kinds[i].name;
    return v;
  }();
  for (std::size_t i = 0; i < count; ++i)
    if (s.size() == names[i].size() && s == names[i]) return action_kinds[i].kind;
  return std::nullopt;
}

/// The kind whose name is nearest to an unknown `name` (a typo: "ratifcation"), when one is within
/// two edits; for "did you mean" in messages.
inline std::optional<action_kind> nearest_action_kind(std::string_view name) {
  std::optional<action_kind> best;
  std::size_t best_distance = 3;
  for (const auto& k : action_kinds)
    if (const std::size_t d = detail::edit_distance(name, k.name); d < best_distance) {
      best = k.kind;
      best_distance = d;
    }
  return best;
}

/// Every registry name, as a message lists them: "signature, ratification, …, amendment-declined".
inline std::string action_kind_list() {
  std::string out;
  for (const auto& k : action_kinds) out += (out.empty() ? "" : ", ") + std::string(k.name);
  return out;
}

namespace detail {

/// Whether a code point is invisible, or changes how the text around it is shown, so that two
/// names that read the same differ: controls (C0, DEL, C1), spaces other than U+0020 (no-break,
/// U+2000–200A, U+3000 …), joiners and zero-width characters, the soft hyphen, the combining
/// grapheme joiner, fillers (U+115F–1160, U+3164, U+FFA0), bidirectional marks, embeddings,
/// overrides and isolates, line and paragraph separators, variation selectors, invisible operators,
/// interlinear annotation and musical formatting characters, and the tag characters.
inline bool invisible_or_control(char32_t c) noexcept {
  static constexpr std::pair<char32_t, char32_t> ranges[] = {
      {0x0000, 0x001F}, {0x007F, 0x00A0}, {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C},
      {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F},   {0x2000, 0x200F},   {0x2028, 0x202F},
      {0x205F, 0x206F}, {0x3000, 0x3000}, {0x3164, 0x3164},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
      {0xFFA0, 0xFFA0}, {0xFFF9, 0xFFFB}, {0x1D173, 0x1D17A}, {0xE0000, 0xE007F}, {0xE0100, 0xE01EF}};
  for (const auto& [from, to] : ranges)
    if (c >= from && c <= to) return true;
  return false;
}

}  // namespace detail

/// Whether a registry (or a name table) may name a State so: 1–200 bytes of UTF-8, no space at
/// either end, and no character that is invisible or changes how the name is shown
/// (`detail::invisible_or_control`: controls, other spaces, zero-width and joining characters, the
/// soft hyphen, bidirectional marks and overrides, variation selectors, tags), which would make one
/// name look like another or reorder a terminal line (else code `state.name`).
inline bool valid_state_name(const std::string& s) {
  if (s.empty() || s.size() > 200) return false;
  if (s.front() == ' ' || s.back() == ' ') return false;
  for (std::size_t i = 0; i < s.size();) {
    if (const auto b = static_cast<unsigned char>(s[i]); b >= 0x20 && b < 0x7F) {  // printable ASCII: most names
      ++i;
      continue;
    }
    const auto ch = detail::decode_utf8(s, i);
    if (ch.length == 0 || detail::invisible_or_control(ch.code_point)) return false;
    i += ch.length;
  }
  return true;
}

/// Why a name is not a usable State (or participant) name (`state.name`; `valid_state_name`).
inline std::string unusable_name(const std::string& name, const char* what) {
  return detail::show_value(name) + " is not a usable " + what +
         " name: no leading or trailing spaces, no control, direction, invisible or zero-width characters (a soft "
         "hyphen, a no-break space), at most 200 bytes";
}

/// True for the optional declarations and their withdrawals, which name their `article` (rule O1).
inline constexpr bool is_optional_declaration_action(action_kind k) noexcept {
  return k == action_kind::optional_declaration || k == action_kind::optional_declaration_withdrawal;
}

/// True for the acts that make a State a signatory: a signature, or succession to one.
inline constexpr bool is_signature(action_kind k) noexcept {
  return k == action_kind::signature || k == action_kind::succession_to_signature;
}

/// True for the acts that express consent to be bound (an instrument deposited or a succession).
inline constexpr bool is_consent(action_kind k) noexcept {
  return detail::kind_info(k).consent;
}

/// True for the amendment actions, which name their amendment.
inline constexpr bool is_amendment_action(action_kind k) noexcept {
  return detail::kind_info(k).amendment;
}

/// True for the acts of the depositary or of an organ (communication, adoption, approval), which
/// carry no `state`.
inline constexpr bool is_organ_act(action_kind k) noexcept {
  return detail::kind_info(k).organ_act;
}

/// The vote of a conference that adopted an amendment (art. 16(2)), where it is known.
struct vote {
  int in_favour = 0;
  int against = 0;
  int abstaining = 0;
  friend bool operator==(const vote& a, const vote& b) {
    return a.in_favour == b.in_favour && a.against == b.against && a.abstaining == b.abstaining;
  }
};

/// What an action seldom carries: a declared age, a conference's vote, a note, a source, `x-`
/// keys. Kept apart from `action`, so that an action takes 88 bytes and these cost nothing where
/// they are absent (a registry of a million actions has few of them).
struct action_details {
  std::optional<int> minimum_age;   ///< declaration: the minimum age declared (OPAC art. 3(2)), if known
  std::optional<pacta::vote> vote;  ///< amendment-adoption: the vote, if known
  std::string predecessor;          ///< succession: the predecessor State, if named (rule E5)
  std::optional<pacta::succession_kind> succession_kind;  ///< succession: how the successor came to be, if given
  std::string article;  ///< optional declarations: the article whose competence is declared (O1)
  std::string note;
  std::string source;
  /// What is known to be missing of the State's history around this action (instruments or
  /// denunciations told in notes, not recorded as actions): its dates are then incomplete.
  std::string history_incomplete;
  /// Why the State's optional declarations are not all in the registry (a section of the status page
  /// not read): whether it made one is then NOT known (rule O1).
  std::string declarations_not_imported;
  json_value extensions;  ///< the action's `x-` keys, as read (null when it has none)
};

/// One recorded action.
struct action {
  std::string state;      ///< empty only for an organ's act (is_organ_act)
  std::string amendment;  ///< amendment actions: the amendment's id
  date_t date;            ///< signature, deposit, notification or receipt date
  action_kind kind = action_kind::signature;
  /// Consents under a treaty that requires a declaration with the instrument (OPAC art. 3(2)): true
  /// when the depositary's record shows none (`"declaration": "not-recorded"`), which pacta then
  /// accepts and reports instead of refusing the instrument.
  bool declaration_not_recorded = false;
  std::optional<date_t> effective;  ///< successions: the date of succession of States (rule E5)

  action() = default;
  action(const action& o) : action(o.state, o.amendment, o.date, o.kind, o.declaration_not_recorded, o.effective) {
    if (o.details_) details_ = std::make_unique<action_details>(*o.details_);
  }
  action(action&&) noexcept = default;
  action& operator=(const action& o) {
    if (this != &o) *this = action(o);
    return *this;
  }
  action& operator=(action&&) noexcept = default;
  ~action() = default;

  const std::optional<int>& minimum_age() const noexcept { return get().minimum_age; }
  const std::optional<pacta::vote>& vote() const noexcept { return get().vote; }
  /// Successions: the predecessor State, as the registry names it; empty when not given.
  const std::string& predecessor() const noexcept { return get().predecessor; }
  /// Successions: separation or newly independent State (VCSST), when the registry says.
  std::optional<pacta::succession_kind> succession_kind() const noexcept { return get().succession_kind; }
  /// Optional declarations and their withdrawals: the article (rule O1); empty otherwise.
  const std::string& article() const noexcept { return get().article; }
  const std::string& note() const noexcept { return get().note; }
  const std::string& source() const noexcept { return get().source; }
  /// The registry's `history_incomplete`: what is missing of the State's history; empty when nothing is.
  const std::string& history_incomplete() const noexcept { return get().history_incomplete; }
  /// The registry's `declarations_not_imported`: why the State's optional declarations are not known.
  const std::string& declarations_not_imported() const noexcept { return get().declarations_not_imported; }
  /// The action's `x-` keys as a JSON object, null when it has none (needs <nlohmann/json.hpp>).
  template <typename Json = nlohmann::json>
  const Json& extensions() const noexcept {
    return get().extensions.template get<Json>();
  }
  /// The seldom-present members, for writing (created on first use).
  action_details& details() {
    if (!details_) details_ = std::make_unique<action_details>();
    return *details_;
  }

 private:
  action(std::string s, std::string am, date_t d, action_kind k, bool nr, std::optional<date_t> eff)
      : state(std::move(s)), amendment(std::move(am)), date(d), kind(k), declaration_not_recorded(nr), effective(eff) {}

  const action_details& get() const noexcept {
    static const action_details none;
    return details_ ? *details_ : none;
  }
  std::unique_ptr<action_details> details_;
};

}  // namespace pacta

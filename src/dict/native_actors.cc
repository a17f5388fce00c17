#include "dict/native_actors.h"

#include "dict/dictionary_lines.h"
#include "dict/native_format.h"

namespace dyad {

void read_native_actors(ActorDictionary& dictionary, std::string_view text, const std::string& source_name,
                        Reporter& reporter) {
  const uint32_t file = dictionary.add_source(source_name);
  NativeLines lines(text);
  NativeLine line;
  std::vector<std::vector<std::string>> names;
  std::vector<ActorRole> roles;
  while (lines.next(line)) {
    auto fail = [&](std::string_view at, std::string message) {
      report_native(reporter, source_name, line, at, std::move(message));
    };
    const SourceRef where{file, line.number};
    const size_t eq = line.text.find('=');
    if (eq == std::string_view::npos) {
      fail(trim(line.text), "expected 'NAMES = ROLES' (no '=')");
      continue;
    }
    names.clear();
    roles.clear();
    std::string_view first_name;
    for (const Field& f : split_fields(line.text.substr(0, eq), '|')) {
      if (f.empty()) {
        fail(f.text, "empty name");
        continue;
      }
      std::vector<std::string> words = phrase_words(f.text);
      if (words.empty()) {
        fail(f.text, "name '" + std::string(f.text) + "' has no words");
        continue;
      }
      if (first_name.empty()) first_name = f.text;
      names.push_back(std::move(words));
    }
    const std::string_view role_text = line.text.substr(eq + 1);
    if (role_text.find('=') != std::string_view::npos) {
      fail(role_text.substr(role_text.find('=')), "second '=' on the line");
      continue;
    }
    for (const Field& f : split_fields(role_text, ',')) {
      if (f.empty()) {
        fail(f.text, trim(role_text).empty() ? "no role after '='" : "empty role");
        continue;
      }
      std::vector<std::string_view> parts = split_blanks(f.text);
      std::string_view code = parts[0];
      if (code != "---" && !is_native_code(code)) {
        fail(code, "bad actor code '" + std::string(code) + "' (letters and digits, or ---)");
        continue;
      }
      ActorRole role;
      role.where = where;
      if (code != "---") role.code = std::string(code);
      if (parts.size() >= 2) {
        std::string problem = parse_native_range(parts[1], role.begin, role.end);
        if (!problem.empty()) {
          fail(parts[1], "actor code " + std::string(code) + ": " + problem);
          continue;
        }
        role.dated = true;
      }
      if (parts.size() >= 3) {
        fail(parts[2], "unexpected '" + std::string(parts[2]) + "' after the role (roles are separated by ',')");
        continue;
      }
      roles.push_back(std::move(role));
    }
    if (names.empty() || roles.empty()) continue;
    dictionary.add_entry(std::string(first_name), roles, names, where);
  }
}

void read_native_actors_file(ActorDictionary& dictionary, const std::string& path, Reporter& reporter) {
  std::string content;
  try {
    content = read_dictionary_file(path);
  } catch (const DictionaryError& e) {
    reporter.report(e);
    return;
  }
  read_native_actors(dictionary, content, path, reporter);
}

}  // namespace dyad

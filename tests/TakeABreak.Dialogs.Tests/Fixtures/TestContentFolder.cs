using TakeABreak.Bot.Testing;

namespace TakeABreak.Dialogs.Tests.Fixtures;

/// <summary>
/// A small, complete dialogs/ folder in a temporary directory (with the repository's published schemas), that a test
/// can break one file at a time.
/// </summary>
public sealed class TestContentFolder : IDisposable
{
    public const string Conversation = """
        $schema: schemas/conversation.schema.json
        version: 1
        locales: [nl, en]
        start: main
        start_events: [webchat/join]
        max_attempts: 2
        interruptions:
          - id: restart
            phrases: intent_restart
            restart: true
          - id: help
            phrases: intent_help
            begin: help
          - id: english
            phrases: intent_english
            switch_language: en
          - id: topic
            phrases: topic_question
            say: [topic_answer]
        """;

    public const string Flow = """
        $schema: ../schemas/flow.schema.json
        version: 1
        dialogs:
          main:
            steps:
              - id: hello
                say: [hello]
              - id: ask_colour
                choice:
                  prompt: ask_colour
                  into: colour
                  options:
                    - { id: red, label: red }
                    - { id: blue, label: blue, also: blue_also }
                    - { id: green, label: green }
              - id: ask_fruit
                multi:
                  prompt: ask_fruit
                  into: fruit
                  options:
                    - { id: apple, label: apple }
                    - { id: pear, label: pear }
                    - { id: plum, label: plum }
              - id: route
                branch:
                  - when: { colour: red }
                    goto: ask_age
              - id: ask_sure
                confirm:
                  prompt: ask_sure
                  into: sure
                  yes: ask_age
                  no: bye
              - id: ask_age
                number:
                  prompt: ask_age
                  into: age
                  min: 0
                  max: 120
              - id: ask_note
                text:
                  prompt: ask_note
                  into: note
                  skippable: true
              - id: extra
                call: extra
              - id: bye
                say: [bye]
          extra:
            steps:
              - id: thanks
                say: [thanks]
          help:
            steps:
              - id: explain
                say: [help_text]
        """;

    public const string Strings = """
        $schema: ../schemas/strings.schema.json
        version: 1
        strings:
          engine_not_understood: { nl: Dat snap ik niet., en: I do not get that. }
          engine_yes: { nl: [Ja, jawel], en: ["Yes", yep] }
          engine_no: { nl: [Nee], en: ["No"] }
          engine_skip: { nl: [Overslaan, nee], en: [Skip] }
          engine_none: { nl: [Geen van deze, geen], en: [None of these, none] }
          engine_checklist_submit: { nl: Klaar, en: Done }
          engine_checklist_hint: { nl: Of typ de nummers., en: Or type the numbers. }
          engine_number_invalid: { nl: Typ een getal., en: Please type a number. }
          engine_language_switched: { nl: Nederlands., en: English now. }
          engine_content_changed: { nl: Bijgewerkt; we beginnen opnieuw., en: Updated; we start again. }
          intent_restart: { nl: [opnieuw], en: [restart] }
          intent_help: { nl: [help, hulp], en: [help] }
          intent_english: { nl: [english, engels], en: [english] }
          topic_question: { nl: [wat is dit], en: [what is this] }
          topic_answer: { nl: Dit is een test., en: This is a test. }
          hello: { nl: Hallo., en: Hello. }
          ask_colour: { nl: Welke kleur?, en: Which colour? }
          red: { nl: Rood, en: Red }
          blue: { nl: Blauw, en: Blue }
          blue_also: { nl: [lichtblauw], en: [light blue] }
          green: { nl: Groen, en: Green }
          ask_fruit: { nl: Welk fruit?, en: Which fruit? }
          apple: { nl: Appel, en: Apple }
          pear: { nl: Peer, en: Pear }
          plum: { nl: Pruim, en: Plum }
          ask_sure: { nl: Zeker?, en: Sure? }
          ask_age: { nl: Hoe oud?, en: How old? }
          ask_note: { nl: Nog iets?, en: Anything else? }
          thanks: { nl: Dank je., en: Thank you. }
          bye: { nl: Doei., en: Bye. }
          help_text: { nl: Dit is hulp., en: This is help. }
          engine_not_understood_help: { nl: Nog steeds niet. Gevaar? Bel 112., en: Still not. Danger? Call 112. }
          engine_which: { nl: Welke bedoel je?, en: Which one? }
          engine_understood: { nl: "Ik begrijp: {0}.", en: "I understood: {0}." }
          engine_wrong: { nl: [klopt niet], en: [wrong] }
          engine_wrong_inside_text: { nl: [dat klopt niet], en: [that is wrong] }
          engine_dont_know: { nl: [weet ik niet], en: ["I don't know"] }
        """;

    public TestContentFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "takeabreak-dialogs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "flows"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "strings"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "schemas"));
        foreach (var schema in Directory.GetFiles(RepositorySchemas(), "*.schema.json"))
        {
            File.Copy(schema, System.IO.Path.Combine(Path, "schemas", System.IO.Path.GetFileName(schema)));
        }

        Write("conversation.yaml", Conversation);
        Write("flows/main.yaml", Flow);
        Write("strings/strings.yaml", Strings);
    }

    public string Path { get; }

    public string FileOf(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text) => File.WriteAllText(FileOf(relative), text.ReplaceLineEndings("\n") + "\n");

    /// <summary>Replaces one piece of text in a file (failing when it is not there, so a test cannot silently break nothing).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(FileOf(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(FileOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans the temp folder
        }
    }

    private static string RepositorySchemas() => RepositoryRoot.Combine("dialogs", "schemas");
}

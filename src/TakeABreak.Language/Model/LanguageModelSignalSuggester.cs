using TakeABreak.Language.Recognizer;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Model;

/// <summary>
/// The recognizer's suggestions, raised by the language model's: the model may add ids and raise the level, never
/// remove or lower. When the model is slow or fails, or answers outside the schema, the recognizer's answer stands.
/// </summary>
public sealed class LanguageModelSignalSuggester(RecognizerSignalSuggester recognizer, SuggestionPrompt prompt, SuggestionAnswerReader reader, ModelCall model) : ISignalSuggester
{
    public const string Operation = "suggest";

    public async Task<SignalSuggestions> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken)
    {
        var recognized = recognizer.Suggest(request);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return recognized;
        }

        var (outcome, text) = await model.CompleteAsync(Operation, prompt.Messages(request), prompt.Options, cancellationToken);
        if (outcome != ModelOutcome.Answered || reader.Read(text!) is not { } suggested)
        {
            if (outcome == ModelOutcome.Answered)
            {
                model.Rejected(Operation, ModelOutcome.MalformedAnswer);
            }

            return recognized;
        }

        return recognized.RaisedBy(suggested);
    }
}

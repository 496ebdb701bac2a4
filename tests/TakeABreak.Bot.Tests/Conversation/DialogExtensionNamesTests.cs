using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Consultations.Actions;
using TakeABreak.Bot.Conversation.Actions;
using TakeABreak.Bot.Conversation.Content;
using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Bot.Conversation.Suggestions;
using TakeABreak.Bot.Teams.Actions;
using TakeABreak.Bot.Testing;
using TakeABreak.Dialogs;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Tests.Conversation;

/// <summary>Lint and start-up check the flows against the actions and sources the host registers, read from its registrations, not from a list kept by hand.</summary>
public sealed class DialogExtensionNamesTests
{
    [Fact]
    public void Lint_knows_exactly_the_actions_and_sources_the_running_host_offers()
    {
        using var host = new TestBotHost();

        var offered = host.Services.GetRequiredService<DialogExtensionRegistry>().Names;
        var checkedByLint = HostDialogExtensions.Names;

        Assert.Equal(offered.Actions.Order(), checkedByLint.Actions.Order());
        Assert.Equal(offered.OptionSources.Order(), checkedByLint.OptionSources.Order());
        Assert.Equal(offered.QuestionSources.Order(), checkedByLint.QuestionSources.Order());
        Assert.Contains(SendConsultationAction.ActionName, checkedByLint.Actions);
        Assert.Contains(TeamsProfessionalAction.ActionName, checkedByLint.Actions);
        Assert.Contains(AboutOptionSource.SourceName, checkedByLint.OptionSources);
        Assert.Contains(SuggestedSignalsQuestion.SourceName, checkedByLint.QuestionSources);
    }

    [Fact]
    public void What_is_registered_with_the_registration_methods_is_what_the_flows_may_use()
    {
        var services = new ServiceCollection()
            .AddDialogAction<AssessUrgencyAction>("a_new_action")
            .AddDialogOptionSource<SignalOptionSource>("a_new_option_source")
            .AddDialogQuestionSource<ContextQuestionSource>("a_new_question_source");

        var names = HostDialogExtensions.Of(services);

        Assert.Equal(["a_new_action"], names.Actions);
        Assert.Equal(["a_new_option_source"], names.OptionSources);
        Assert.Equal(["a_new_question_source"], names.QuestionSources);
    }
}

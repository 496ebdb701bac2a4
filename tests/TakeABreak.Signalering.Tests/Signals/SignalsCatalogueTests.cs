using System.Text.RegularExpressions;
using TakeABreak.Signalering.Signals;
using TakeABreak.Signalering.Tests.Assessment;

namespace TakeABreak.Signalering.Tests.Signals;

public sealed class SignalsCatalogueTests
{
    private readonly SignalsCatalogue catalogue = RepositoryDialogs.Content.Signals;

    [Fact]
    public void It_covers_the_four_person_types_of_domain_md()
    {
        Assert.Equal(["partner", "child", "older_person", "parent_harmed_by_child"], catalogue.PersonTypes.Select(type => type.Id));
    }

    [Fact]
    public void Every_id_is_lower_snake_case()
    {
        var ids = catalogue.PersonTypes.Select(type => type.Id)
            .Concat(catalogue.Groups.Select(group => group.Id))
            .Concat(catalogue.Signals.Select(signal => signal.Id))
            .Concat(catalogue.SpecialTopics.Select(topic => topic.Id));

        Assert.All(ids, id => Assert.Matches(new Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"), id));
    }

    [Fact]
    public void Every_signal_is_really_translated()
    {
        Assert.All(catalogue.Signals, signal =>
        {
            Assert.NotEqual(signal.Label.Nl, signal.Label.En);
            Assert.NotEqual(signal.Explanation.Nl, signal.Explanation.En);
        });
    }

    [Fact]
    public void Every_group_and_person_type_has_signals()
    {
        Assert.All(catalogue.Groups, group => Assert.Contains(catalogue.Signals, signal => signal.GroupId == group.Id));
        Assert.All(catalogue.PersonTypes, type => Assert.NotEmpty(catalogue.For([type.Id])));
    }

    [Fact]
    public void The_checklist_for_a_partner_has_control_signals_and_no_signals_about_children_or_older_people()
    {
        var checklist = catalogue.For(["partner"]).Select(signal => signal.Id).ToList();

        Assert.Contains("controls_phone", checklist);
        Assert.Contains("unexplained_injuries", checklist);
        Assert.DoesNotContain("child_afraid_to_go_home", checklist);
        Assert.DoesNotContain("exhausted_carer", checklist);
    }

    [Fact]
    public void The_checklist_for_several_person_types_has_each_signal_once_in_catalogue_order()
    {
        var checklist = catalogue.For(["older_person", "child", "child"]);

        Assert.Equal(checklist.Distinct(), checklist);
        Assert.Equal(catalogue.Signals.Where(checklist.Contains), checklist);
        Assert.Contains(checklist, signal => signal.Id == "child_hears_fighting");
        Assert.Contains(checklist, signal => signal.Id == "sudden_debts");
    }

    [Fact]
    public void Every_person_type_gets_the_general_signals()
    {
        foreach (var type in catalogue.PersonTypes)
        {
            var checklist = catalogue.For([type.Id]).Select(signal => signal.Id);
            Assert.Contains("fearful_or_jumpy", checklist);
            Assert.Contains("isolated", checklist);
        }
    }

    [Fact]
    public void Asking_for_an_unknown_or_no_person_type_is_a_clear_error()
    {
        Assert.Contains("'neighbour'", Assert.Throws<ArgumentException>(() => catalogue.For(["neighbour"])).Message);
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => catalogue.For([])).Message);
    }

    [Fact]
    public void A_signal_is_found_by_id_with_its_label_in_both_languages()
    {
        var signal = catalogue.Get("child_hears_fighting");

        Assert.Equal("children", signal.GroupId);
        Assert.Equal("Het kind vertelt over ruzie thuis", signal.Label.In("nl"));
        Assert.Equal("The child talks about fighting at home", signal.Label.In("en"));
    }

    [Fact]
    public void An_unknown_signal_id_is_a_clear_error()
    {
        Assert.Contains("'bruises'", Assert.Throws<ArgumentException>(() => catalogue.Get("bruises")).Message);
    }

    [Fact]
    public void Witnessing_violence_at_home_is_explained_as_child_abuse()
    {
        var signal = catalogue.Get("child_hears_fighting");

        Assert.Contains("kindermishandeling", signal.Explanation.Nl);
        Assert.Contains("child abuse", signal.Explanation.En);
    }

    [Theory]
    [InlineData("honour_based_violence")]
    [InlineData("human_trafficking")]
    public void Special_topics_are_handed_to_veilig_thuis_with_an_explanation(string id)
    {
        var topic = catalogue.FindSpecialTopic(id);

        Assert.NotNull(topic);
        Assert.Equal("veilig_thuis", topic.Handover);
        foreach (var text in new[] { topic.Explanation.Nl, topic.Explanation.En })
        {
            Assert.Contains("Veilig Thuis", text);
            Assert.Contains("0800-2000", text);
            Assert.Contains("112", text);
            Assert.Contains("Take a Break", text);
        }
    }

    [Fact]
    public void A_signal_id_is_not_a_special_topic()
    {
        Assert.Null(catalogue.FindSpecialTopic("withdrawn"));
    }
}

using TakeABreak.Bot.Tests.Consultations;
using TakeABreak.Bot.Tests.Conversation;

namespace TakeABreak.Bot.Tests.Staff;

internal static class StaffHosts
{
    /// <summary>A Development host with local staff users anna and bram, and eve who is signed in but not staff.</summary>
    public static ConversationTestHost StartWithLocalUsers(this ConsultationHost hosts, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var host = hosts.Start(configure);
        var users = new[] { ("anna", true), ("bram", true), ("eve", false) };
        for (var i = 0; i < users.Length; i++)
        {
            host.WithSetting($"Staff:LocalUsers:{i}:UserName", users[i].Item1);
            host.WithSetting($"Staff:LocalUsers:{i}:Password", users[i].Item1 + "-password");
            host.WithSetting($"Staff:LocalUsers:{i}:IsStaff", users[i].Item2 ? "true" : "false");
        }

        return host;
    }
}

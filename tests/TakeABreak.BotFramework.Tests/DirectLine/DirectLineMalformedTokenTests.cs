using System.Net;

namespace TakeABreak.BotFramework.Tests.DirectLine;

/// <summary>A damaged or made-up Direct Line token is refused with 403 on every route, never a 500.</summary>
public sealed class DirectLineMalformedTokenTests
{
    public enum Damage
    {
        LastCharacterCut,
        LastTwoCharactersCut,
        LastThreeCharactersCut,
        PayloadNotBase64,
        PayloadNotJson,
        PayloadJsonOfTheWrongShape,
        FourSegments,
        EmptySegments,
    }

    [Theory]
    [InlineData(Damage.LastCharacterCut)]
    [InlineData(Damage.LastTwoCharactersCut)]
    [InlineData(Damage.LastThreeCharactersCut)]
    [InlineData(Damage.PayloadNotBase64)]
    [InlineData(Damage.PayloadNotJson)]
    [InlineData(Damage.PayloadJsonOfTheWrongShape)]
    [InlineData(Damage.FourSegments)]
    [InlineData(Damage.EmptySegments)]
    public async Task A_damaged_token_gets_403_on_refresh_read_and_post(Damage damage)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var started = await host.StartConversationAsync();
        var token = Spoil(started.Token, damage);

        using var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{started.ConversationId}/activities", token);
        using var post = await host.PostMessageAsync(started.ConversationId, token, "hallo");

        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    private static string Spoil(string token, Damage damage)
    {
        var parts = token.Split('.');
        return damage switch
        {
            Damage.LastCharacterCut => token[..^1],
            Damage.LastTwoCharactersCut => token[..^2],
            Damage.LastThreeCharactersCut => token[..^3],
            Damage.PayloadNotBase64 => $"{parts[0]}.!!!{parts[1]}.{parts[2]}",
            Damage.PayloadNotJson => $"{parts[0]}.bm90IGpzb24.{parts[2]}",
            Damage.PayloadJsonOfTheWrongShape => $"{parts[0]}.eyJjb252Ijo1fQ.{parts[2]}",
            Damage.FourSegments => $"{token}.extra",
            Damage.EmptySegments => "..",
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
    }
}

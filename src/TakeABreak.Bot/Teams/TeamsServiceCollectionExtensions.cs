using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>The Teams rules; register before the safety guard, since middleware runs in the order it is registered.</summary>
    public static IServiceCollection AddTakeABreakTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMiddleware, TeamsRulesMiddleware>());
        return services;
    }
}

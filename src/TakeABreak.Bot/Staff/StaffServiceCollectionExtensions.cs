using TakeABreak.Bot.Staff.Api;
using TakeABreak.Bot.Staff.Authentication;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Bot.Staff.Pages;

namespace TakeABreak.Bot.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>The staff desk, sign-in (Entra ID, or a local login in Development), the staff policy and anti-forgery.</summary>
    public static IServiceCollection AddTakeABreakStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.SectionName));
        services.AddSingleton<StaffDesk>();
        services.AddSingleton<StaffLabels>();
        StaffAuthentication.Add(services, configuration);
        return services;
    }

    /// <summary>/staff (the page), /staff/api (JSON) and /staff/login; everything but the login needs a staff sign-in.</summary>
    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder endpoints)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        LocalStaffLogin.Map(endpoints, StaffAuthentication.UsesEntraId(configuration));

        var page = endpoints.MapGroup("/staff").RequireAuthorization(StaffAuthentication.Policy).DisableAntiforgery();
        StaffPageEndpoints.Map(page);

        var api = endpoints.MapGroup(StaffAuthentication.ApiPath).RequireAuthorization(StaffAuthentication.Policy).DisableAntiforgery();
        StaffApiEndpoints.Map(api);
        return endpoints;
    }
}

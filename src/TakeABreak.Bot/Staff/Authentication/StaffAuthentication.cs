using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace TakeABreak.Bot.Staff.Authentication;

/// <summary>
/// Sign-in for /staff: Microsoft Entra ID (Microsoft.Identity.Web) when "Staff:EntraId" is configured; otherwise, in
/// Development only, a local sign-in with users from configuration. Either way a cookie carries the session and
/// the "MovieraStaff" policy requires the staff app role or group. The API answers 401/403 instead of redirecting.
/// </summary>
public static class StaffAuthentication
{
    public const string Policy = "MovieraStaff";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string LoginPath = "/staff/login";
    public const string ApiPath = "/staff/api";

    public static bool UsesEntraId(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(StaffOptions.EntraIdSectionName)["ClientId"]);

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        if (UsesEntraId(configuration))
        {
            services.AddAuthentication(CookieScheme)
                .AddMicrosoftIdentityWebApp(configuration.GetSection(StaffOptions.EntraIdSectionName), OpenIdConnectDefaults.AuthenticationScheme, CookieScheme);
        }
        else
        {
            services.AddAuthentication(CookieScheme).AddCookie(CookieScheme);
        }

        services.Configure<CookieAuthenticationOptions>(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "takeabreak-staff";
            cookie.Cookie.Path = "/staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = LoginPath;
            cookie.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments(ApiPath))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(options => options.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(CookieScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new StaffRequirement())));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, StaffRequirementHandler>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "takeabreak-staff-antiforgery";
            options.Cookie.Path = "/staff";
            options.FormFieldName = "__RequestVerificationToken";
        });
    }

    public sealed class StaffRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement;

    private sealed class StaffRequirementHandler(IOptions<StaffOptions> options)
        : Microsoft.AspNetCore.Authorization.AuthorizationHandler<StaffRequirement>
    {
        protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, StaffRequirement requirement)
        {
            if (StaffUsers.IsStaff(context.User, options.Value))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Staff.Pages;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Staff.Authentication;

/// <summary>
/// /staff/login and /staff/logout. With Entra ID the login sends the browser to Microsoft; without it, in Development
/// only, a form checks a name and password from "Staff:LocalUsers". Outside Development without Entra ID nobody can
/// sign in.
/// </summary>
internal static class LocalStaffLogin
{
    public static void Map(IEndpointRouteBuilder endpoints, bool usesEntraId)
    {
        endpoints.MapGet(StaffAuthentication.LoginPath, (HttpContext http, IHostEnvironment environment, IAntiforgery antiforgery, DialogContent content, string? returnUrl) =>
        {
            if (usesEntraId)
            {
                return Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturn(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]);
            }

            return environment.IsDevelopment() ? LoginForm(http, antiforgery, content, returnUrl, failed: false) : Results.NotFound();
        });

        endpoints.MapPost(StaffAuthentication.LoginPath, async (HttpContext http, IHostEnvironment environment, IAntiforgery antiforgery, IOptions<StaffOptions> options, DialogContent content) =>
        {
            if (usesEntraId || !environment.IsDevelopment())
            {
                return Results.NotFound();
            }

            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            var form = await http.Request.ReadFormAsync();
            var user = options.Value.LocalUsers.FirstOrDefault(candidate =>
                Same(candidate.UserName, form["userName"]) && Same(candidate.Password, form["password"]) && candidate.Password.Length > 0);
            if (user is null)
            {
                return LoginForm(http, antiforgery, content, form["returnUrl"], failed: true);
            }

            var claims = new List<Claim> { new(ClaimTypes.Name, user.UserName), new(ClaimTypes.NameIdentifier, user.UserName) };
            if (user.ObjectId is { Length: > 0 } objectId)
            {
                claims.Add(new Claim("oid", objectId));
            }

            if (user.IsStaff)
            {
                claims.Add(new Claim(ClaimTypes.Role, options.Value.RoleName));
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, StaffAuthentication.CookieScheme));
            await http.SignInAsync(StaffAuthentication.CookieScheme, principal);
            return Results.Redirect(SafeReturn(form["returnUrl"]));
        }).DisableAntiforgery();

        endpoints.MapPost("/staff/logout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            await http.SignOutAsync(StaffAuthentication.CookieScheme);
            return Results.Redirect(StaffAuthentication.LoginPath);
        }).DisableAntiforgery();
    }

    private static IResult LoginForm(HttpContext http, IAntiforgery antiforgery, DialogContent content, string? returnUrl, bool failed)
    {
        string T(string id) => StaffHtml.Encode(content.Strings.Text(id, "nl"));
        var tokens = antiforgery.GetAndStoreTokens(http);
        var body = new StringBuilder();
        if (failed)
        {
            body.Append("<p class=\"notice\" role=\"alert\">").Append(T("staff_login_failed")).Append("</p>");
        }

        body.Append("<p>").Append(T("staff_login_development")).Append("</p>")
            .Append("<form method=\"post\" action=\"").Append(StaffAuthentication.LoginPath).Append("\">")
            .Append(StaffHtml.AntiforgeryField(tokens))
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(StaffHtml.Encode(SafeReturn(returnUrl))).Append("\">")
            .Append("<label for=\"userName\">").Append(T("staff_login_user")).Append("</label><input id=\"userName\" name=\"userName\" autocomplete=\"username\" required>")
            .Append("<label for=\"password\">").Append(T("staff_login_password")).Append("</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
            .Append("<p><button type=\"submit\">").Append(T("staff_login_submit")).Append("</button></p></form>");
        return StaffHtml.Page(http, content.Strings.Text("staff_login_title", "nl"), body.ToString(), failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }

    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith("/staff", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/staff";

    private static bool Same(string expected, string? given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given ?? string.Empty)));
}

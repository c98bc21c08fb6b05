using System.Text.RegularExpressions;

namespace PlanWorkflows.Host.Tests.Auth;

/// <summary>Signs in through the real form: fetches it for its antiforgery token, then posts it.</summary>
internal static partial class LoginClient
{
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));

        return await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/studio/",
        }));
    }

    /// <summary>The token of the first form in a page (login form, or the sign-out form in Studio's header).</summary>
    public static string AntiforgeryToken(string html)
    {
        var field = AntiforgeryField().Match(html);
        field.Success.Should().BeTrue("the page's form carries an antiforgery token");
        return field.Groups["value"].Value;
    }

    [GeneratedRegex("""<input type="hidden" name="__RequestVerificationToken" value="(?<value>[^"]+)">""")]
    private static partial Regex AntiforgeryField();
}

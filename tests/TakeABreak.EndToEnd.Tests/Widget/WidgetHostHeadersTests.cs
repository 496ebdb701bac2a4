namespace TakeABreak.EndToEnd.Tests.Widget;

[Collection(WidgetCollection.Name)]
public sealed class WidgetHostHeadersTests(ProductHost host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/veilig-gebruik")]
    [InlineData("/widget/chat.js")]
    [InlineData("/widget/i18n/nl.json")]
    public async Task Every_widget_response_forbids_caching_referrers_and_foreign_content(string path)
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(host.BaseUrl + path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} is cacheable");
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Only_the_fingerprinted_scripts_and_style_sheet_of_the_page_may_be_kept_and_they_come_compressed()
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        var page = await client.GetStringAsync(host.BaseUrl + "/");
        var files = System.Text.RegularExpressions.Regex.Matches(page, "(?:src|href)=\"(/(?:lib|widget)/[^\"]+\\.[0-9a-z]{10}\\.(?:js|css))\"")
            .Select(match => match.Groups[1].Value).ToList();

        Assert.Contains(files, file => file.StartsWith("/lib/webchat.", StringComparison.Ordinal));
        Assert.Equal(5, files.Count);
        foreach (var file in files)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, host.BaseUrl + file);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            using var response = await client.SendAsync(request);

            Assert.True(response.IsSuccessStatusCode, $"{file}: {(int)response.StatusCode}");
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        }

        using var strings = await client.GetAsync(host.BaseUrl + "/widget/i18n/nl.json");
        Assert.True(strings.Headers.CacheControl?.NoStore, "the strings are cacheable");
    }

    [Fact]
    public async Task Each_page_load_gets_its_own_script_nonce()
    {
        using var client = new HttpClient();

        var first = await client.GetStringAsync(host.BaseUrl + "/");
        var second = await client.GetStringAsync(host.BaseUrl + "/");

        Assert.NotEqual(NonceOf(first), NonceOf(second));
    }

    [Fact]
    public async Task The_policy_is_the_same_for_every_response_but_its_nonce()
    {
        using var client = new HttpClient();

        using var first = await client.GetAsync(host.BaseUrl + "/");
        using var second = await client.GetAsync(host.BaseUrl + "/");
        var firstNonce = NonceOf(await first.Content.ReadAsStringAsync());
        var secondNonce = NonceOf(await second.Content.ReadAsStringAsync());
        var firstPolicy = first.Headers.GetValues("Content-Security-Policy").Single();
        var secondPolicy = second.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains($"script-src 'nonce-{firstNonce}'", firstPolicy, StringComparison.Ordinal);
        Assert.Contains($"style-src 'self' 'nonce-{firstNonce}'", firstPolicy, StringComparison.Ordinal);
        Assert.NotEqual(firstNonce, secondNonce);
        Assert.Equal(firstPolicy.Replace(firstNonce, "*", StringComparison.Ordinal), secondPolicy.Replace(secondNonce, "*", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/veilig-gebruik")]
    public async Task The_pages_link_a_neutral_icon_of_this_host_that_may_be_kept_under_its_fingerprinted_address(string pagePath)
    {
        using var client = new HttpClient();
        var page = await client.GetStringAsync(host.BaseUrl + pagePath);
        var icon = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"icon\" href=\"(/favicon\\.[0-9a-z]{10}\\.ico)\">");

        using var linked = await client.GetAsync(host.BaseUrl + icon.Groups[1].Value);
        using var plain = await client.GetAsync(host.BaseUrl + "/favicon.ico");

        Assert.True(icon.Success, "the page links the fingerprinted icon");
        Assert.Equal(System.Net.HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", linked.Headers.CacheControl?.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, plain.StatusCode);
        Assert.True(plain.Headers.CacheControl?.NoStore, "/favicon.ico has no fingerprint, so it is not kept");
        Assert.Equal(await linked.Content.ReadAsByteArrayAsync(), await plain.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("image/", plain.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_templates_themselves_are_not_served_as_files()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(host.BaseUrl + "/widget/chat.html");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_gives_a_token_and_the_local_domain_but_never_the_secret()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.BaseUrl + "/widget/token");
        request.Headers.Add("Origin", host.BaseUrl);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("\"token\":", body, StringComparison.Ordinal);
        Assert.Contains($"\"domain\":\"{host.BaseUrl}/v3/directline\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
    }

    private static string NonceOf(string html)
    {
        const string marker = "nonce=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}

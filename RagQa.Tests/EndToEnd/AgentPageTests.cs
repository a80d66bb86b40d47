using Microsoft.Playwright;
using RagQa.Benchmarks.ApiClient;
using Xunit.Abstractions;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// The support agents' page in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright) against the
/// running system: sign in with the admin key, find the escalation a low-confidence question opened, assign it,
/// resolve it, and check through the API that it happened. User content is shown as text, never as markup.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AgentPageTests(AppHostFixture fixture, ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";
    /// <summary>Confidence 0.38 on the sample (an English question about geography, Portuguese reviews).</summary>
    // Partly understood (the collection records no city): answered with a confidence low enough for a human.
    private const string UnanswerableQuestion = "How many reviews from customers in Curitiba have 5 stars?";
    private const string MarkupQuestion = "O produto <b>chegou</b> <img src=x onerror=alert(1)> quebrado?";

    private readonly EscalationsClient client = new(fixture);

    [Fact]
    public async Task An_agent_signs_in_assigns_and_resolves_an_escalation_in_the_browser()
    {
        await fixture.WaitForSeedIndexedAsync();
        var answered = await client.AskAsync(UnanswerableQuestion);
        Assert.True(answered.Escalated, $"expected an escalation: {answered.Answer} (confidence {answered.Confidence})");
        var queryId = answered.Query_id;
        var id = answered.Escalation_id!.Value;
        var markupQueryId = (await client.AskAsync(MarkupQuestion)).Query_id;
        var markupId = (await client.EscalateAsync(markupQueryId)).Result.Escalation_id;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.Api.BaseAddress!.ToString(), ViewportSize = new() { Width = 1100, Height = 1400 } });
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };

        await page.GotoAsync("/agent");
        Assert.EndsWith("/agent/", page.Url);
        await page.FillAsync("#api-key", fixture.AdminApiKey);
        await page.ClickAsync("#sign-in");

        var card = page.Locator($"article.escalation[data-escalation-id='{id}']");
        await card.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal(answered.Answer, await card.Locator(".answer").InnerTextAsync());
        Assert.Equal(UnanswerableQuestion, await card.Locator(".question").InnerTextAsync());
        Assert.Contains($"confidence {Math.Round(answered.Confidence!.Value * 100)}%", await card.InnerTextAsync());
        var quotes = answered.Citations.Select(c => c.Quote).ToList();
        Assert.Equal(quotes, await card.Locator(".citations q").AllInnerTextsAsync());
        Assert.Equal("open", await card.Locator(".status-badge").InnerTextAsync());

        // Markup in a question is text on the page: no element made from it, no script run.
        var markupCard = page.Locator($"article.escalation[data-escalation-id='{markupId}']");
        Assert.Equal(MarkupQuestion, await markupCard.Locator(".question").InnerTextAsync());
        Assert.Equal(0, await markupCard.Locator(".question b, .question img").CountAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("open"), FullPage = true });

        await card.Locator(".assignee-input").FillAsync("Agente Chromium");
        await card.Locator(".assign-button").ClickAsync();
        await page.Locator($"article.escalation[data-escalation-id='{id}'][data-status='assigned']").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("assigned to Agente Chromium", await card.InnerTextAsync());

        await card.Locator(".resolution-input").FillAsync("Fora do catálogo: respondemos por e-mail.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("assigned"), FullPage = true });
        await card.Locator(".resolve-button").ClickAsync();
        // The default filter shows open and assigned escalations: a resolved one leaves the list.
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        Assert.Contains("resolved", await page.Locator("#message").InnerTextAsync());

        var stored = await client.GetAsync(id);
        Assert.Equal(EscalationStatus.Resolved, stored.Status);
        Assert.Equal("Agente Chromium", stored.Assignee);
        var query = await client.GetQueryAsync(queryId);
        Assert.Equal("Fora do catálogo: respondemos por e-mail.", query.Escalation!.Resolution);

        await page.SelectOptionAsync("#status-filter", "resolved");
        await card.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal(0, await card.Locator(".assign-button, .resolve-button").CountAsync());
        Assert.Empty(scriptErrors);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task A_wrong_key_sends_the_agent_back_to_the_sign_in_form()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.Api.BaseAddress!.ToString() });

        await page.GotoAsync("/agent/");
        await page.FillAsync("#api-key", "not-the-admin-key-at-all");
        await page.ClickAsync("#sign-in");

        await page.Locator("#message.error").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("invalid_api_key", await page.Locator("#message").InnerTextAsync());
        Assert.True(await page.Locator("#sign-in-form").IsVisibleAsync());
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('ragqa.adminApiKey')"));
    }

    private string Screenshot(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ragqa-agent-page-{name}.png");
        output.WriteLine("screenshot: " + path);
        return path;
    }
}

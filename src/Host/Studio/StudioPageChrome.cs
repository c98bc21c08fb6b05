using System.Text.Encodings.Web;

namespace PlanWorkflows.Host.Studio;

/// <summary>The header every Studio page shows: navigation and the sign-out form with its antiforgery token.</summary>
internal sealed record StudioPageChrome(string AntiforgeryFieldName, string AntiforgeryToken)
{
    public const string Style = """
        <style>
          html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
          .pw-header { display: flex; gap: 1.5rem; align-items: center; height: 44px; padding: 0 1rem;
                       background: #0b3d91; color: #fff; }
          .pw-header a, .pw-header button { color: #fff; text-decoration: none; font: inherit; }
          .pw-header button { background: none; border: 1px solid #fff; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
          .pw-header .pw-brand { font-weight: 600; }
          .pw-header form { margin-left: auto; }
          .pw-studio { height: calc(100% - 44px); }
          #blazor-error-ui { display: none; position: fixed; bottom: 0; width: 100%; padding: .6rem; background: #ffe08a; color: #222; }
        </style>
        """;

    public string Header()
    {
        var html = HtmlEncoder.Default;
        return $"""
            <header class="pw-header">
              <span class="pw-brand">PlanWorkflows Studio</span>
              <a href="/studio/">Quy trình · Definitions</a>
              <a href="/studio/instances">Phiên chạy · Instances</a>
              <form method="post" action="/logout">
                <input type="hidden" name="{html.Encode(AntiforgeryFieldName)}" value="{html.Encode(AntiforgeryToken)}">
                <button type="submit">Đăng xuất · Sign out</button>
              </form>
            </header>
            """;
    }
}

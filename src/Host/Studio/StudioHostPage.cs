using System.Text.Encodings.Web;

namespace PlanWorkflows.Host.Studio;

/// <summary>
/// Our own host page for one Studio element (the package's index.html names an element that is not registered).
/// Everything it loads comes from the bundle under /studio/; nothing from the internet.
/// </summary>
internal static class StudioHostPage
{
    private const string Stylesheets = """
        <link href="_content/MudBlazor/MudBlazor.min.css" rel="stylesheet">
        <link href="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css" rel="stylesheet">
        <link href="_content/Radzen.Blazor/css/material-base.css" rel="stylesheet">
        <link href="_content/Elsa.Studio.Shell/css/shell.css" rel="stylesheet">
        <link href="Elsa.Studio.Host.CustomElements.styles.css" rel="stylesheet">
        """;

    private const string Scripts = """
        <script src="_content/BlazorMonaco/jsInterop.js"></script>
        <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js"></script>
        <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js"></script>
        <script src="_content/MudBlazor/MudBlazor.min.js"></script>
        <script src="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js"></script>
        <script src="_content/Radzen.Blazor/Radzen.Blazor.js"></script>
        <script src="_framework/blazor.webassembly.js"></script>
        """;

    /// <summary>
    /// Callbacks must be assigned after Blazor defines the element: assigned earlier, the plain property shadows
    /// the element's setter and Studio never calls it.
    /// </summary>
    private const string Navigation = """
        <script>
          const navigateOn = (element, callback, path) => customElements.whenDefined(element).then(() => {
            for (const el of document.getElementsByTagName(element)) {
              el[callback] = id => location.assign(path + encodeURIComponent(id));
            }
          });
          navigateOn('elsa-workflow-definition-list', 'editWorkflowDefinition', 'definitions/');
          navigateOn('elsa-workflow-instance-list', 'viewWorkflowInstance', 'instances/');
          navigateOn('elsa-workflow-instance-viewer', 'editWorkflowDefinition', 'definitions/');
        </script>
        """;

    public static string Render(StudioView view, string remoteEndpoint, StudioPageChrome chrome)
    {
        var html = HtmlEncoder.Default;
        var attribute = view.Attribute is { } selected ? $" {selected.Name}=\"{html.Encode(selected.Value)}\"" : string.Empty;
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1.0">
              <title>{{html.Encode(view.Title)}} · PlanWorkflows</title>
              <base href="/studio/">
              {{Stylesheets}}
              {{StudioPageChrome.Style}}
            </head>
            <body>
              {{chrome.Header()}}
              <main class="pw-studio">
                <{{view.ElementName}} remote-endpoint="{{html.Encode(remoteEndpoint)}}"{{attribute}}></{{view.ElementName}}>
              </main>
              <div id="blazor-error-ui">Đã xảy ra lỗi · An unhandled error has occurred. <a href="" class="reload">Tải lại · Reload</a></div>
              {{Scripts}}
              {{Navigation}}
            </body>
            </html>
            """;
    }
}

using System.Text.Encodings.Web;

namespace PlanWorkflows.Host.Studio;

/// <summary>What <c>/studio/</c> answers when the npm package is not installed, so the Host still starts.</summary>
internal static class StudioMissingBundlePage
{
    public static string Render(StudioBundle bundle) => $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>Elsa Studio chưa được cài đặt · not installed</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto;">
          <h1>Elsa Studio chưa được cài đặt</h1>
          <p>Không tìm thấy gói <code>@elsa-workflows/elsa-studio-wasm</code> tại
             <code>{{HtmlEncoder.Default.Encode(bundle.RootPath)}}</code>.
             Chạy <code>npm ci</code> trong thư mục <code>src/Host</code> rồi khởi động lại máy chủ.</p>
          <h2>Elsa Studio is not installed</h2>
          <p>The npm package <code>@elsa-workflows/elsa-studio-wasm</code> was not found at the path above.
             Run <code>npm ci</code> in <code>src/Host</code> (the build does this when npm is available), or point
             <code>Studio:BundlePath</code> at the folder holding <code>_framework</code>, then restart the Host.</p>
        </body>
        </html>
        """;
}

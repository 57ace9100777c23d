// The search page: Pagefind's default interface over the index built with the site.
new PagefindUI({ element: "#search-ui", showSubResults: true, showImages: false });

/*
 * The floor for the Briefing benchmark: the least work any generator of the same site
 * must do. Reads every article's Markdown body (front matter skipped), renders each with
 * libcmark (cmark_markdown_to_html, CMARK_OPT_DEFAULT) on two threads, and writes PAGES
 * files: the article pages first, then the article HTML again for the remaining pages,
 * standing in for the actor, event, dispute, place and list pages.
 *
 *   gcc -O2 -o floor floor.c -lcmark -lpthread
 *   ./floor ARTICLES_DIR OUT_DIR PAGES [THREADS]
 *
 * OUT_DIR is created and must be empty or absent. Prints one line:
 *   floor: articles=N pages=P threads=T read=… render=… write=… wall=… s
 */
#define _GNU_SOURCE
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    char *body;   /* Markdown after the front matter (points into text) */
    char *text;   /* the whole file */
    size_t body_len;
    char *html;
    size_t html_len;
} Article;

static Article *articles;
static size_t n_articles;
static long n_pages;
static const char *out_dir;
static int n_threads = 2;
static double render_seconds[64], write_seconds[64];

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_file(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) { close(fd); return NULL; }
    char *buffer = malloc(st.st_size + 1);
    size_t done = 0;
    while (done < (size_t)st.st_size) {
        ssize_t n = read(fd, buffer + done, st.st_size - done);
        if (n <= 0) { free(buffer); close(fd); return NULL; }
        done += n;
    }
    close(fd);
    buffer[done] = 0;
    *length = done;
    return buffer;
}

/* The body starts after the second line that is exactly "---". */
static void split_front_matter(Article *a, size_t length) {
    a->body = a->text;
    a->body_len = length;
    if (strncmp(a->text, "---\n", 4) != 0) return;
    char *p = a->text + 4;
    while (*p) {
        char *eol = strchr(p, '\n');
        size_t line = eol ? (size_t)(eol - p) : strlen(p);
        if (line == 3 && strncmp(p, "---", 3) == 0) {
            a->body = eol ? eol + 1 : p + line;
            a->body_len = length - (a->body - a->text);
            return;
        }
        if (!eol) return;
        p = eol + 1;
    }
}

static int write_file(const char *path, const char *data, size_t length) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return -1;
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(fd, data + done, length - done);
        if (n <= 0) { close(fd); return -1; }
        done += n;
    }
    return close(fd);
}

/* Worker t renders articles t, t+T, ... then writes pages t, t+T, ... */
static void *worker(void *arg) {
    long t = (long)arg;
    double start = now();
    for (size_t i = t; i < n_articles; i += n_threads) {
        Article *a = &articles[i];
        a->html = cmark_markdown_to_html(a->body, a->body_len, CMARK_OPT_DEFAULT);
        a->html_len = strlen(a->html);
    }
    double rendered = now();
    render_seconds[t] = rendered - start;
    return NULL;
}

static void *writer(void *arg) {
    long t = (long)arg;
    double start = now();
    char path[4096];
    for (long i = t; i < n_pages; i += n_threads) {
        Article *a = &articles[i % n_articles];
        snprintf(path, sizeof path, "%s/page-%07ld.html", out_dir, i);
        if (write_file(path, a->html, a->html_len) != 0) {
            fprintf(stderr, "floor: cannot write %s: %s\n", path, strerror(errno));
            exit(1);
        }
    }
    write_seconds[t] = now() - start;
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s ARTICLES_DIR OUT_DIR PAGES [THREADS]\n", argv[0]);
        return 2;
    }
    const char *dir = argv[1];
    out_dir = argv[2];
    n_pages = atol(argv[3]);
    if (argc > 4) n_threads = atoi(argv[4]);
    if (n_threads < 1 || n_threads > 64) n_threads = 2;

    double t0 = now();
    DIR *d = opendir(dir);
    if (!d) { fprintf(stderr, "floor: cannot open %s: %s\n", dir, strerror(errno)); return 1; }
    size_t capacity = 1024, count = 0;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while ((entry = readdir(d))) {
        size_t len = strlen(entry->d_name);
        if (entry->d_name[0] == '.' || len < 4 || strcmp(entry->d_name + len - 3, ".md") != 0) continue;
        if (count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        names[count++] = strdup(entry->d_name);
    }
    closedir(d);
    if (count == 0) { fprintf(stderr, "floor: no .md files in %s\n", dir); return 1; }
    qsort(names, count, sizeof *names, compare_names);
    articles = calloc(count, sizeof *articles);
    n_articles = count;
    char path[4096];
    for (size_t i = 0; i < count; i++) {
        size_t length = 0;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        articles[i].text = read_file(path, &length);
        if (!articles[i].text) { fprintf(stderr, "floor: cannot read %s\n", path); return 1; }
        split_front_matter(&articles[i], length);
    }
    if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "floor: cannot create %s: %s\n", out_dir, strerror(errno));
        return 1;
    }
    double t1 = now();

    pthread_t threads[64];
    for (long t = 0; t < n_threads; t++) pthread_create(&threads[t], NULL, worker, (void *)t);
    for (long t = 0; t < n_threads; t++) pthread_join(threads[t], NULL);
    double t2 = now();
    for (long t = 0; t < n_threads; t++) pthread_create(&threads[t], NULL, writer, (void *)t);
    for (long t = 0; t < n_threads; t++) pthread_join(threads[t], NULL);
    double t3 = now();

    printf("floor: articles=%zu pages=%ld threads=%d read=%.3f render=%.3f write=%.3f wall=%.3f s\n",
           n_articles, n_pages, n_threads, t1 - t0, t2 - t1, t3 - t2, t3 - t0);
    return 0;
}

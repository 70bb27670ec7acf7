/**
 * Results a learner (and an appraiser) can trust (issue 23): the final assessment's page does
 * not give its answers away, the result that counts stays first after practice, and a choice
 * not yet checked survives a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  answerWithKeyboard,
  assessmentQuiz,
  fillAnswer,
  practiceQuizzes,
  questionOnScreen,
  type QuizFile,
} from './quiz-answers';

const final = assessmentQuiz() as QuizFile;
const practice = practiceQuizzes().sort((a, b) => a.questions.length - b.questions.length)[0] as QuizFile;

/** The page's HTML as the server sends it (view-source), with HTML escapes undone. */
async function source(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.ok()).toBe(true);
  return (await response.text())
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('the final assessment’s answers and explanations are not in its page before it is submitted, and are shown after', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(final, 'a quiz with mode: assessment').toBeTruthy();
  const url = `/quizzes/${final.id}/`;
  const html = await source(page, url);
  // The island's props carry the questions, never their key.
  expect(html).toContain(final.questions[0]!.prompt);
  expect(
    /"(answer|answerText|explanation|partialCredit|tolerance)"/.exec(html)?.[0],
    'a key field in the page',
  ).toBeUndefined();
  const shown = final.questions.filter((q) => html.includes(q.explanation)).map((q) => q.id);
  expect(shown, 'questions whose explanation is in the page').toEqual([]);

  const keyRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('key.json')) keyRequests.push(r.url());
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  let firstPrompt = '';
  for (let i = 0; i < final.questions.length; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${final.questions.length}` })).toBeFocused();
    const q = await questionOnScreen(page, final);
    if (i === 0) firstPrompt = q.prompt;
    await answerWithKeyboard(page, q);
    await page
      .getByRole('button', { name: i === final.questions.length - 1 ? 'Review and submit' : 'Next question' })
      .click();
  }
  await expect(page.getByRole('heading', { name: 'Check before you submit' })).toBeFocused();
  // Nothing has fetched the key while the learner was answering.
  expect(keyRequests).toEqual([]);
  const key = page.waitForResponse((r) => r.url().endsWith(`/quizzes/${final.id}/key.json`));
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  expect((await key).ok()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  const total = final.questions.length;
  await expect(page.getByText(`You got ${total} of ${total} right (100%).`)).toBeVisible();
  await expect(page.getByText(`Passed: the pass mark is ${final.passMark}%.`)).toBeVisible();

  // After submission: each answer with the right one and why.
  await page.getByRole('link', { name: 'Review each answer' }).click();
  const first = final.questions.find((q) => q.prompt === firstPrompt)!;
  const item = page.getByRole('listitem').filter({ hasText: first.prompt });
  await expect(item.getByText(first.explanation)).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Right answer' })).toHaveCount(total);

  // The certificate is honest about what a static site can promise.
  await page.goto('/certificate/');
  const note = page.getByRole('region', { name: 'A self-assessed record' });
  await expect(note).toContainText('This certificate is a self-assessed record.');
  await expect(note).toContainText('should run the course in its learning management system');
});

test('after practising the missed questions, a reload shows the assessed result first on the quiz page, My results and the dashboard', async ({
  page,
}) => {
  const url = `/quizzes/${practice.id}/`;
  const total = practice.questions.length;
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  // Just enough wrong to fail (3 of 10 in a 10-question quiz: 70%), the rest right.
  let wrong = 1;
  while (Math.round(((total - wrong) / total) * 100) >= practice.passMark) wrong++;
  for (let i = 0; i < total; i++) {
    const q = await questionOnScreen(page, practice);
    await fillAnswer(page, q, i >= wrong);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: i === total - 1 ? 'See my results' : 'Next question' }).click();
  }
  const percent = Math.round(((total - wrong) / total) * 100);
  await page.getByRole('button', { name: `Retry the ones I missed (${wrong})` }).click();
  for (let i = 0; i < wrong; i++) {
    await fillAnswer(page, await questionOnScreen(page, practice), true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: i === wrong - 1 ? 'See my results' : 'Next question' }).click();
  }
  await expect(page.getByText(`You got ${wrong} of ${wrong} right (100%).`)).toBeVisible();

  await page.reload();
  const official = page.getByRole('region', { name: 'Your result' });
  await expect(official.getByText(`You got ${total - wrong} of ${total} right (${percent}%).`)).toBeVisible();
  await expect(official.getByText(`Not passed yet: the pass mark is ${practice.passMark}%.`)).toBeVisible();
  await expect(official.getByRole('button', { name: `Retry the ones I missed (${wrong})` })).toBeVisible();
  const run = page.getByRole('region', { name: 'Your latest practice' });
  await expect(run.getByText(`You got ${wrong} of ${wrong} right (100%).`)).toBeVisible();
  await expect(run.getByText(`Practice: this covered ${wrong} of`, { exact: false })).toBeVisible();
  // The official result comes first on the page.
  const [a, b] = await Promise.all([official.boundingBox(), run.boundingBox()]);
  expect(a!.y).toBeLessThan(b!.y);

  await page.goto('/results/');
  const group = page.getByRole('region', { name: practice.title });
  await expect(group.getByText(`Best score ${percent}% · Not passed yet`)).toBeVisible();
  await expect(group.getByRole('row').nth(2)).toContainText('Practice');

  await page.goto('/');
  await expect(page.getByText(`Quiz best score ${percent}%: not passed yet`)).toBeVisible();
});

test('a choice made but not yet checked is still there after a reload', async ({ page }) => {
  await page.goto(`/quizzes/${practice.id}/`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const q = await questionOnScreen(page, practice);
  await fillAnswer(page, q, true);
  await page.reload();
  await expect(page.getByRole('heading', { name: `Question 1 of ${practice.questions.length}` })).toBeVisible();
  expect((await questionOnScreen(page, practice)).id).toBe(q.id);
  await expect(page.getByText(`0 of ${practice.questions.length} answered`)).toBeVisible();
  // The kept choice is what gets checked: right, as chosen before the reload.
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused();
});

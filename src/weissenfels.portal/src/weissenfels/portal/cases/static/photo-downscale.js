/* Photos made smaller in the browser before a public case form sends them (issue 19).
 *
 * A phone photo of 5-10 MB takes minutes on a slow prepaid connection. Where JavaScript runs,
 * a JPEG or PNG over LIMIT chosen in a case form's file field is drawn on a canvas with its
 * long side at most MAX_EDGE and encoded as JPEG at QUALITY (about 1 MB); the field then holds
 * that file instead (DataTransfer). Drawing keeps only the pixels: EXIF with the GPS position
 * goes too (the server strips it anyway, cases/uploads.py, and checks every file as before).
 * If anything fails, or the result is not smaller, the chosen file is sent unchanged; without
 * JavaScript the form sends the original. No dependency, no inline script (CSP script-src
 * 'self'); loaded deferred on the public forms only (bundle weissenfels-photo-downscale).
 */
(function () {
  "use strict";

  var LIMIT = 1024 * 1024;
  var MAX_EDGE = 2048;
  var QUALITY = 0.8;
  var TYPES = ["image/jpeg", "image/png"];
  var CASE_FORM_MARK = "input[name='wsf_started']"; // the signed start time: a case form
  var pending = new WeakMap(); // file input -> promise of its work

  function supported() {
    try {
      new DataTransfer(); // eslint-disable-line no-new
    } catch (error) {
      return false;
    }
    return typeof window.createImageBitmap === "function" && typeof HTMLCanvasElement.prototype.toBlob === "function";
  }

  function caseFileInput(element) {
    return (
      element instanceof HTMLInputElement &&
      element.type === "file" &&
      element.form !== null &&
      element.form.querySelector(CASE_FORM_MARK) !== null
    );
  }

  function encoded(canvas) {
    return new Promise(function (resolve, reject) {
      canvas.toBlob(
        function (blob) {
          if (blob) {
            resolve(blob);
          } else {
            reject(new Error("no blob"));
          }
        },
        "image/jpeg",
        QUALITY
      );
    });
  }

  function drawn(bitmap) {
    var scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    var canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    var context = canvas.getContext("2d");
    context.fillStyle = "#fff"; // a transparent PNG on white: JPEG has no transparency
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    if (bitmap.close) {
      bitmap.close();
    }
    return canvas;
  }

  /* The file to send instead of `file`: smaller, or `file` itself. */
  function smaller(file) {
    if (TYPES.indexOf(file.type) < 0 || file.size <= LIMIT) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file, { imageOrientation: "from-image" })
      .then(drawn)
      .then(encoded)
      .then(function (blob) {
        if (blob.size >= file.size) {
          return file;
        }
        var name = file.name.replace(/\.[^.]*$/, "") + ".jpg";
        return new File([blob], name, { type: "image/jpeg", lastModified: file.lastModified });
      })
      .catch(function () {
        return file;
      });
  }

  function process(input) {
    var chosen = Array.prototype.slice.call(input.files || []);
    delete input.dataset.wsfPhotos;
    if (!chosen.length) {
      return null;
    }
    var work = Promise.all(chosen.map(smaller))
      .then(function (results) {
        if (pending.get(input) !== work) {
          return; // another file was chosen meanwhile: its own work replaces this one
        }
        if (results.some(function (file, index) { return file !== chosen[index]; })) {
          var transfer = new DataTransfer();
          results.forEach(function (file) { transfer.items.add(file); });
          input.files = transfer.files; // sets no "change": nothing runs twice
        }
      })
      .catch(function () {
        return undefined; // the chosen files stay
      })
      .then(function () {
        if (pending.get(input) === work) {
          pending.delete(input);
          input.dataset.wsfPhotos = "ready";
        }
      });
    pending.set(input, work);
    return work;
  }

  function submitAgain(form, submitter) {
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit(submitter || undefined);
      return;
    }
    if (submitter && submitter.name) {
      var hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = submitter.name;
      hidden.value = submitter.value;
      form.appendChild(hidden);
    }
    form.submit();
  }

  function onChange(event) {
    if (caseFileInput(event.target)) {
      process(event.target);
    }
  }

  /* A submit while photos are still being made smaller waits for them, then sends the form
     again with the same button (easyform needs form.buttons.submit in the POST). */
  function onSubmit(event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.querySelector(CASE_FORM_MARK)) {
      return;
    }
    var works = [];
    form.querySelectorAll("input[type='file']").forEach(function (input) {
      var work = pending.get(input) || (input.dataset.wsfPhotos === "ready" ? null : process(input));
      if (work) {
        works.push(work);
      }
    });
    if (!works.length) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    var submitter = event.submitter || form.querySelector("[name='form.buttons.submit']");
    Promise.all(works).then(function () {
      submitAgain(form, submitter);
    });
  }

  if (supported()) {
    document.addEventListener("change", onChange, true);
    document.addEventListener("submit", onSubmit, true);
  }
})();
